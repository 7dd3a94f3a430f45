#pragma once

#include "editor/VariablesPanel.h"

#include <QStringList>

namespace pwb {

// The variables a prompt's message templates use, as rows for the variables panel.
QList<VariablesPanel::Slot> templateVariableSlots(const QStringList &templates);

} // namespace pwb
