import QtQuick
import QtQuick.Controls

// A compact button with a glyph, a tooltip and screen-reader name.
ToolButton {
    id: button
    property string tip: ""
    property color glyphColor: Theme.text
    property string glyph: ""   // "copy" draws the copy icon (no font has it everywhere)
    font.pointSize: Theme.titleSize
    implicitWidth: Math.max(40, implicitContentWidth + 16)
    implicitHeight: 40
    focusPolicy: Qt.StrongFocus
    hoverEnabled: true
    contentItem: Item {
        implicitWidth: label.visible ? label.implicitWidth : 20
        implicitHeight: label.visible ? label.implicitHeight : 20
        Text {
            id: label
            anchors.fill: parent
            visible: button.glyph === ""
            text: button.text
            font: button.font
            color: button.enabled ? button.glyphColor : Theme.mutedText
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        // Made only for the copy buttons (two of the window's six at start-up).
        Loader {
            active: button.glyph === "copy"
            anchors.centerIn: parent
            sourceComponent: Item {
                width: 16; height: 18
                Rectangle { x: 5; y: 0; width: 11; height: 13; radius: 2; color: "transparent"; border.width: 1.6; border.color: button.glyphColor }
                Rectangle { x: 0; y: 5; width: 11; height: 13; radius: 2; color: Theme.surface; border.width: 1.6; border.color: button.glyphColor }
            }
        }
    }
    background: Rectangle {
        radius: 8
        color: button.down ? Theme.accentSoft : (button.hovered || button.visualFocus ? Theme.surfaceAlt : "transparent")
        border.color: button.visualFocus ? Theme.accent : "transparent"
        border.width: 2
    }
    ToolTip.visible: hovered && tip !== ""
    ToolTip.text: tip
    ToolTip.delay: 500
    Accessible.name: tip
}
