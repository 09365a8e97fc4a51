// SPDX-License-Identifier: GPL-2.0-or-later
#include <check/repairs.h>

namespace lga::check {

QList<RepairAction> Repairs::actionsFor(const Finding &)
{
    return {};
}

std::optional<QList<SourceEdit>> Repairs::edits(const QString &, const Finding &, QStringView,
                                                core::SourceFormat, const RepairInput &)
{
    return std::nullopt;
}

QString Repairs::apply(QStringView source, const QList<SourceEdit> &edits)
{
    QString result = source.toString();
    for (auto it = edits.crbegin(); it != edits.crend(); ++it)
        result.replace(it->start, it->length, it->replacement);
    return result;
}

} // namespace lga::check
