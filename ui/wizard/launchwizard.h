#pragma once

#include "spec/launchspec.h"

#include <QWizard>

// Collects one launch. It owns the LaunchSpec its pages edit.
class LaunchWizard : public QWizard
{
    Q_OBJECT

public:
    explicit LaunchWizard(const LaunchSpec &initial, QWidget *parent = nullptr);

    const LaunchSpec &spec() const { return m_spec; }

private:
    LaunchSpec m_spec;
};
