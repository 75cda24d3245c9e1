#include "api/launchpreview.h"

QString LaunchPreview::tokenPlaceholder()
{
    return tr("<one per request, set by the launcher>");
}
