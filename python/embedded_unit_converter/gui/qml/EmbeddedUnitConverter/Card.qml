import QtQuick
import QtQuick.Layouts

// A rounded panel with a title; children go in its column.
Rectangle {
    id: card
    property string title: ""
    default property alias content: column.data
    property alias spacing: column.spacing

    color: Theme.surface
    border.color: Theme.border
    radius: Theme.radius
    implicitHeight: column.implicitHeight + 2 * Theme.padding
    Layout.fillWidth: true

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.padding
        spacing: Theme.spacing

        Text {
            visible: card.title !== ""
            text: card.title
            color: Theme.mutedText
            font.pointSize: Theme.smallSize
            font.weight: Font.DemiBold
            font.capitalization: Font.AllUppercase
            font.letterSpacing: 0.6
            Accessible.role: Accessible.Heading
            Accessible.name: card.title
        }
    }
}
