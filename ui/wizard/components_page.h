#pragma once

#include "ui/wizard/wizard_page.h"

class InstallPlan;
class QLabel;
class QTreeWidget;

// The package's components, to choose from; required ones cannot be unchecked.
class ComponentsPage final : public TranslatedPage {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComponentsPage)
public:
    explicit ComponentsPage(InstallPlan& plan);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    void retranslate() override;
    void updateTotal();
    // The description of the current component, below the list.
    void showDescription();
    InstallPlan& m_plan;
    QTreeWidget* m_tree;
    QLabel* m_description;
    QLabel* m_total;
};
