// SPDX-FileCopyrightText: 2026 The CVM Launcher authors
// SPDX-License-Identifier: Apache-2.0

#include "api/launchpreview.h"

QString LaunchPreview::tokenPlaceholder()
{
    return tr("<one per request, set by the launcher>");
}
