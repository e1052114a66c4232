import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shows the chosen unit; opens a searchable list. The search goes to the core's
// typo-tolerant find_units, so "mph", "mile per hour" and "miles/h" find the same unit.
Button {
    id: picker
    property var unitModel          // a UnitModel from the view model
    property string currentUnit: ""
    property string label: ""
    property string accessibleName: ""
    property string tip: ""          // hover help naming the shortcut
    signal chosen(string unitId)

    text: label
    implicitHeight: 44
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    font.pointSize: Theme.bodySize
    Accessible.role: Accessible.ComboBox
    Accessible.name: accessibleName
    Accessible.description: qsTr("Current unit: %1. Press Enter or Space to search units.").arg(label)
                            + (tip !== "" ? " " + tip : "")
    ToolTip.visible: hovered && tip !== "" && !popup.visible
    ToolTip.text: tip
    ToolTip.delay: 500

    function openSearch(initial) {
        popup.open()
        search.text = initial || ""
        picker.unitModel.filter = search.text
        search.forceActiveFocus()
    }

    contentItem: RowLayout {
        spacing: 8
        Text {
            Layout.fillWidth: true
            text: picker.label
            color: Theme.text
            font: picker.font
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
        }
        Text {
            text: "\u25BE"
            color: Theme.mutedText
            font.pointSize: Theme.bodySize
        }
    }
    background: Rectangle {
        radius: 8
        color: picker.hovered ? Theme.surfaceAlt : Theme.surface
        border.width: picker.visualFocus || popup.visible ? 2 : 1
        border.color: picker.visualFocus || popup.visible ? Theme.accent : Theme.border
    }

    onClicked: openSearch("")
    Keys.onPressed: (event) => {
        // Typing on the closed picker starts a search with that letter.
        if (event.text.length === 1 && event.text.trim() !== "" && !(event.modifiers & Qt.ControlModifier)) {
            openSearch(event.text)
            event.accepted = true
        } else if (event.key === Qt.Key_Down && (event.modifiers & Qt.AltModifier)) {
            openSearch("")
            event.accepted = true
        }
    }

    Popup {
        id: popup
        y: picker.height + 4
        width: Math.max(picker.width, Math.min(340, picker.Window.width - 16))
        x: Math.min(0, (picker.Window.width - 8) - (picker.mapToItem(null, 0, 0).x + width))
        height: Math.min(380, picker.Window.height * 0.6)
        padding: 8
        focus: true
        modal: false
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
        onClosed: {
            picker.unitModel.filter = ""
            picker.forceActiveFocus()
        }
        background: Rectangle {
            color: Theme.surface
            border.color: Theme.border
            radius: Theme.radius
        }

        contentItem: ColumnLayout {
            spacing: 6
            TextField {
                id: search
                Layout.fillWidth: true
                placeholderText: qsTr("Search by name, symbol or alias")
                placeholderTextColor: Theme.mutedText
                color: Theme.text
                font.pointSize: Theme.bodySize
                Accessible.name: qsTr("Search units")
                Accessible.description: qsTr("Type a unit name, symbol or alias; Down moves to the results, Enter picks")
                background: Rectangle {
                    radius: 6
                    color: Theme.surfaceAlt
                    border.color: search.activeFocus ? Theme.accent : Theme.border
                }
                onTextEdited: {
                    picker.unitModel.filter = text
                    list.currentIndex = 0
                }
                Keys.onDownPressed: { list.forceActiveFocus(); list.currentIndex = Math.min(1, list.count - 1) }
                Keys.onPressed: (event) => { if (ApplicationWindow.window && ApplicationWindow.window.textFieldKey(event)) event.accepted = true }
                Keys.onReturnPressed: list.pick(list.currentIndex)
                Keys.onEnterPressed: list.pick(list.currentIndex)
            }
            ListView {
                id: list
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                // No model while closed: no delegates are built until someone searches.
                model: popup.visible ? picker.unitModel : null
                currentIndex: 0
                keyNavigationWraps: false
                cacheBuffer: 0  // no delegates incubating in the background while rows change
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Matching units")
                function pick(i) {
                    if (i >= 0 && i < count) {
                        picker.chosen(picker.unitModel.get(i, "unitId"))
                        popup.close()
                    }
                }
                Keys.onReturnPressed: pick(currentIndex)
                Keys.onEnterPressed: pick(currentIndex)
                Keys.onUpPressed: (event) => {
                    if (currentIndex === 0) search.forceActiveFocus()
                    else decrementCurrentIndex()
                }
                delegate: ItemDelegate {
                    id: row
                    required property int index
                    required property string label
                    required property string unitId
                    required property bool inCategory
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    font.pointSize: Theme.bodySize
                    Accessible.name: label
                    contentItem: RowLayout {
                        Text {
                            Layout.fillWidth: true
                            text: row.label
                            color: Theme.text
                            font: row.font
                            elide: Text.ElideRight
                        }
                        Text {
                            visible: !row.inCategory
                            text: qsTr("other kind")
                            color: Theme.mutedText
                            font.pointSize: Theme.smallSize
                        }
                        Text {
                            visible: row.unitId === picker.currentUnit
                            text: "\u2713"
                            color: Theme.accent
                            font: row.font
                        }
                    }
                    background: Rectangle {
                        radius: 6
                        color: row.highlighted ? Theme.accentSoft : (row.hovered ? Theme.surfaceAlt : "transparent")
                    }
                    onClicked: list.pick(index)
                }
                Text {
                    anchors.centerIn: parent
                    visible: list.count === 0
                    text: qsTr("No unit matches")
                    color: Theme.mutedText
                    font.pointSize: Theme.bodySize
                }
            }
        }
    }
}
