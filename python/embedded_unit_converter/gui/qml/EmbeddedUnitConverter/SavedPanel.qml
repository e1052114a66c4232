import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Favourite and recent conversions as one-click chips.
Card {
    id: panel
    property var converter
    property var savedModel
    property string emptyText: ""
    property string kind: ""
    visible: true

    Text {
        visible: panel.savedModel.count === 0
        text: panel.emptyText
        color: Theme.mutedText
        font.pointSize: Theme.smallSize
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: 6
        visible: panel.savedModel.count > 0
        Repeater {
            model: panel.savedModel
            delegate: Button {
                id: chip
                required property string label
                required property string fromUnit
                required property string toUnit
                required property string fromText
                text: label
                font.pointSize: Theme.smallSize + 0.5
                focusPolicy: Qt.StrongFocus
                Accessible.name: qsTr("%1: %2").arg(panel.kind).arg(label)
                Accessible.description: qsTr("Converts with these units again")
                onClicked: panel.converter.applySaved(fromUnit, toUnit, fromText)
                contentItem: Text {
                    text: chip.text
                    font: chip.font
                    color: Theme.text
                    elide: Text.ElideRight
                }
                background: Rectangle {
                    radius: 14
                    implicitHeight: 30
                    color: chip.hovered ? Theme.accentSoft : Theme.surfaceAlt
                    border.color: chip.visualFocus ? Theme.accent : Theme.border
                    border.width: chip.visualFocus ? 2 : 1
                }
            }
        }
    }
}
