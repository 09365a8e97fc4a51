// SPDX-License-Identifier: GPL-2.0-or-later
#include "repaircontroller.h"

#include "sourceeditor.h"

namespace lga::ui {

RepairController::RepairController(SourceEditor *editor, QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_dialogParent(dialogParent)
{}

void RepairController::setDocumentLookup(DocumentLookup lookup)
{
    m_documentLookup = std::move(lookup);
}

void RepairController::setTitleLookup(TitleLookup lookup)
{
    m_titleLookup = std::move(lookup);
}

bool RepairController::repair(const check::Finding &, const QString &)
{
    return false;
}

} // namespace lga::ui
