// SPDX-License-Identifier: GPL-3.0-or-later
#error "core/ must not use Qt Gui: move this code to app/"
