// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

#include <cms-emulator/node.h>

#include <QList>
#include <QPair>
#include <QString>

namespace lga::emulator {

// How many nodes of each bundle to create, in creation order (parents before children).
using SeedPlan = QList<QPair<QString, int>>;

// Generates realistic council pages from templates. The same plan always gives the same
// nodes (uuids, ids, titles, times), so tests and bug reports can name them.
class Seeder
{
public:
    // `total` nodes spread over the LocalGov bundles, mostly service pages.
    static SeedPlan spread(int total);
    static QList<Node> generate(const SeedPlan &plan);
};

} // namespace lga::emulator
