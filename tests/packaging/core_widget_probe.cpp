// SPDX-License-Identifier: GPL-3.0-or-later
// Deliberately broken: compiled with core/'s flags, a widget include must not compile
// (see core/CMakeLists.txt and the core_refuses_widgets test).
#include <QtWidgets/QWidget>
