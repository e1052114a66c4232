import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// How numbers are shown: digits, notation, digit grouping.
Card {
    id: panel
    property var converter
    title: qsTr("Precision")

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        RowLayout {
            spacing: 6
            Label {
                text: panel.converter.notation === "fixed" ? qsTr("Decimals") : qsTr("Significant digits")
                color: Theme.text
                font.pointSize: Theme.bodySize
            }
            SpinBox {
                id: digits
                objectName: "precisionSelector"
                from: panel.converter.digitLimits[0]
                to: panel.converter.digitLimits[1]
                editable: true
                font.pointSize: Theme.bodySize
                value: panel.converter.notation === "fixed" ? panel.converter.decimals : panel.converter.significant
                Accessible.name: panel.converter.notation === "fixed" ? qsTr("Decimal places") : qsTr("Significant digits")
                Accessible.description: qsTr("How many digits results show")
                // The editable number inside is a control of its own to a screen reader.
                Binding { target: digits.contentItem; property: "Accessible.name"; value: digits.Accessible.name }
                onValueModified: {
                    if (panel.converter.notation === "fixed") panel.converter.decimals = value
                    else panel.converter.significant = value
                }
            }
        }
        ComboBox {
            id: notation
            objectName: "notationSelector"
            implicitWidth: 170
            font.pointSize: Theme.bodySize
            model: [qsTr("Automatic"), qsTr("Fixed decimals"), qsTr("Scientific"), qsTr("Engineering")]
            currentIndex: panel.converter.notationIndex
            onActivated: (index) => panel.converter.notationIndex = index
            Accessible.name: qsTr("Notation")
            Accessible.description: qsTr("Automatic, fixed decimals, scientific or engineering notation")
        }
        CheckBox {
            objectName: "groupingCheck"
            leftPadding: 0   // line the box up with the card's other content
            text: qsTr("Group digits")
            font.pointSize: Theme.bodySize
            checked: panel.converter.grouping
            onToggled: panel.converter.grouping = checked
            Accessible.name: text
            Accessible.description: qsTr("Separates thousands, as in 1,234,567")
            contentItem: Text {
                leftPadding: parent.indicator.width + parent.spacing
                text: parent.text
                font: parent.font
                color: Theme.text
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
