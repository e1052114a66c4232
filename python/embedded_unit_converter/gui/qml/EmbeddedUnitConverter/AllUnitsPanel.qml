import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The current value in every unit of the category; click a row to make it the target.
Card {
    id: panel
    property var converter
    property alias filterField: filter
    property string filterTip: ""
    property bool fill: false   // true: the list takes the panel's height (wide window)
    title: qsTr("All units")

    TextField {
        id: filter
        objectName: "allUnitsFilter"
        Layout.fillWidth: true
        placeholderText: qsTr("Filter units")
        placeholderTextColor: Theme.mutedText
        color: Theme.text
        font.pointSize: Theme.bodySize
        text: panel.converter.allUnits.filter
        Accessible.name: qsTr("Filter all units")
        hoverEnabled: true
        ToolTip.visible: hovered && panel.filterTip !== "" && !activeFocus
        ToolTip.text: panel.filterTip
        ToolTip.delay: 800
        Accessible.description: qsTr("Shows only units whose name, symbol or alias contains this text")
        background: Rectangle {
            radius: 8
            color: Theme.surfaceAlt
            border.width: filter.activeFocus ? 2 : 1
            border.color: filter.activeFocus ? Theme.accent : Theme.border
        }
        onTextEdited: panel.converter.allUnits.filter = text
        // Main.qml: Ctrl+U / Ctrl+Shift+U reach the unit search even on X11.
        Keys.onPressed: (event) => { if (ApplicationWindow.window && ApplicationWindow.window.textFieldKey(event)) event.accepted = true }
        Keys.onDownPressed: { view.forceActiveFocus() }
    }

    ListView {
        id: view
        objectName: "allUnitsView"
        Layout.fillWidth: true
        // A window onto the list: only the rows in view exist as delegates, so a
        // keystroke converts a dozen values, not every unit of a big category.
        Layout.preferredHeight: panel.fill ? 0 : Math.min(contentHeight, 420)
        Layout.fillHeight: panel.fill
        clip: true
        // No rows built ahead in the background: the filter can remove a row while its
        // delegate is still incubating ("DelegateModel::cancel: index out range").
        cacheBuffer: 0
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {
            policy: view.contentHeight > view.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            Accessible.name: qsTr("Scroll the list of all units")
        }
        model: panel.converter.allUnits
        currentIndex: -1
        keyNavigationEnabled: true
        activeFocusOnTab: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Value in every unit")
        Accessible.description: qsTr("Press Enter on a unit to convert to it")
        Keys.onReturnPressed: if (currentIndex >= 0) panel.converter.chooseToUnit(model.get(currentIndex, "unitId"))
        Keys.onEnterPressed: if (currentIndex >= 0) panel.converter.chooseToUnit(model.get(currentIndex, "unitId"))
        onActiveFocusChanged: if (activeFocus && currentIndex < 0 && count > 0) currentIndex = 0
        delegate: ItemDelegate {
            id: row
            required property int index
            required property string label
            required property string unitId
            required property string value
            required property bool isTarget
            width: ListView.view.width
            font.pointSize: Theme.bodySize
            highlighted: ListView.isCurrentItem && view.activeFocus
            Accessible.name: qsTr("%1 %2").arg(value).arg(label)
            Accessible.description: isTarget ? qsTr("Current target unit") : qsTr("Click to convert to this unit")
            onClicked: {
                // A row removed (new category, new filter) stays on screen until the next
                // frame lays the list out again; a click that reaches it then is ignored.
                if (index < 0) return
                view.currentIndex = index
                panel.converter.chooseToUnit(unitId)
            }
            contentItem: RowLayout {
                spacing: 10
                Text {
                    Layout.fillWidth: true
                    text: row.label
                    color: row.isTarget ? Theme.accent : Theme.mutedText
                    font.pointSize: Theme.bodySize
                    font.weight: row.isTarget ? Font.DemiBold : Font.Normal
                    elide: Text.ElideRight
                }
                // The number keeps its full width (up to 60% of the row) and the
                // unit's name gives way first: a number cut short misleads.
                Text {
                    Layout.maximumWidth: Math.round(row.availableWidth * 0.6)
                    horizontalAlignment: Text.AlignRight
                    text: row.value === "" ? "—" : row.value
                    color: Theme.text
                    font.pointSize: Theme.bodySize
                    font.weight: row.isTarget ? Font.DemiBold : Font.Normal
                    elide: Text.ElideLeft
                }
            }
            background: Rectangle {
                radius: 6
                color: row.highlighted ? Theme.accentSoft : (row.isTarget ? Theme.accentSoft : (row.hovered ? Theme.surfaceAlt : "transparent"))
                opacity: row.isTarget && !row.highlighted ? 0.6 : 1
            }
        }
    }
}
