// SPDX-License-Identifier: GPL-3.0-or-later
// Carries the bundled icons (:/icons/...) into whatever links it.
