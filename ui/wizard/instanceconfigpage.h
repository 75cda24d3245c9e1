#pragma once

#include "wizard/launchpage.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QSpinBox;
class RatioHint;

// What runs: the instance family (each with its description and the ratios it allows), CPU and
// memory among the family's pairs with a live ratio hint, the instance name and the count.
class InstanceConfigPage : public LaunchPage
{
    Q_OBJECT

public:
    explicit InstanceConfigPage(LaunchDraft *draft, QWidget *parent = nullptr);

protected:
    void refresh() override;

private:
    void fillFamilies();

    QListWidget *m_familyList = nullptr;
    QComboBox *m_cpuCombo = nullptr;
    QComboBox *m_memCombo = nullptr;
    RatioHint *m_ratioHint = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QSpinBox *m_countSpin = nullptr;
};
