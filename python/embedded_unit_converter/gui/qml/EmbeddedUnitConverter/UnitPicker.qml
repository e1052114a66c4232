import QtQuick

// Shows the chosen unit; opens a searchable list. The search goes to the core's
// typo-tolerant find_units, so "mph", "mile per hour" and "miles/h" find the same unit.
SearchPicker {
    property alias unitModel: picker.model   // a UnitModel from the view model
    property alias currentUnit: picker.currentId

    id: picker
    idRole: "unitId"
    accessibleDescription: qsTr("Current unit: %1. Press Enter or Space to search units.").arg(label)
    searchPlaceholder: qsTr("Search by name, symbol or alias")
    searchName: qsTr("Search units")
    searchDescription: qsTr("Type a unit name, symbol or alias; Down moves to the results, Enter picks")
    listName: qsTr("Matching units")
    listDescription: qsTr("Units matching the search, best first; Enter picks, Escape closes")
    emptyText: qsTr("No unit matches")
    rowNote: (row) => row.inCategory ? "" : qsTr("other kind")
}
