#pragma once

#include <QJsonObject>

namespace pwb {

// A stored request ({"url", "headers", "body"}) with every header named like a secret replaced
// by [redacted] once more. Workspaces redact before they store, but a runs file is shared and
// may be edited by hand or come from elsewhere: what crosses a workspace's border is checked
// again, on the way out and on the way in.
QJsonObject redactedRequestJson(const QJsonObject &request);

} // namespace pwb
