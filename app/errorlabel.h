// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace Crashcart::App {

// A wrapping label for a validation message, in the theme's error colour, hidden while empty.
QLabel *makeErrorLabel(QWidget *parent);
void setError(QLabel *label, const QString &message);

} // namespace Crashcart::App
