// SPDX-License-Identifier: GPL-3.0-or-later
// Carries the compiled translations (:/i18n/crashcart_*.qm) into whatever links it.
