// SPDX-License-Identifier: GPL-3.0-or-later
#error "core/ must not use Qt Widgets: move this code to app/"
