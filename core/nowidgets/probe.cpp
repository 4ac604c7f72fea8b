// SPDX-License-Identifier: GPL-3.0-or-later
// Deliberately broken: a widget include in core must not compile (see core/CMakeLists.txt).
#include <QtWidgets/QWidget>
