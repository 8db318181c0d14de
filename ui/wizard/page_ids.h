#pragma once

// The wizard's pages, in order. Pages name the page that follows them by these ids.
enum PageId {
    PublisherPageId = 5, // only when the setup file's publisher could not be verified
    WelcomePageId = 10,
    LicensePageId = 20,
    ComponentsPageId = 30,
    LocationPageId = 40,
    ReadyPageId = 50,
    PreparingPageId = 60,
    FilesInUsePageId = 70,
    InstallingPageId = 80,
    FinishPageId = 90,
};
