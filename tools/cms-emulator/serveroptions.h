// SPDX-License-Identifier: GPL-2.0-or-later
#pragma once

namespace lga::emulator {

// How a Server behaves beyond its data: read-only like a fresh Drupal, token lifetimes.
struct ServerOptions
{
    // Every write answers 405, as with JSON:API's default `read_only: true`.
    bool readOnly = false;
    // Seconds an OAuth2 access token stays valid (simple_oauth's default is 300).
    int tokenLifetime = 300;
};

} // namespace lga::emulator
