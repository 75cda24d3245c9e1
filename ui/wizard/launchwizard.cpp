#include "wizard/launchwizard.h"

LaunchWizard::LaunchWizard(const LaunchSpec &initial, QWidget *parent)
    : QWizard(parent)
    , m_spec(initial)
{
    setObjectName(QStringLiteral("LaunchWizard"));
    setWindowTitle(tr("New launch"));
}
