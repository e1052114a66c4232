import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// How the text line reads what is typed: US or UK gallons, pints and tons, and inches
// as fractions (5 ft 6 15/16 in). The pickers above convert by unit and are unaffected.
Card {
    id: panel
    property var expression
    title: qsTr("Text line units")

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        RowLayout {
            spacing: 6
            Label {
                text: qsTr("Gallons, pints, tons")
                color: Theme.text
                font.pointSize: Theme.bodySize
            }
            ComboBox {
                objectName: "customarySelector"
                implicitContentWidthPolicy: ComboBox.WidestText
                font.pointSize: Theme.bodySize
                model: [qsTr("US"), qsTr("UK (imperial)")]
                currentIndex: panel.expression.customaryIndex
                onActivated: (index) => panel.expression.customaryIndex = index
                hoverEnabled: true
                ToolTip.visible: hovered && !popup.visible
                ToolTip.text: qsTr("Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean")
                ToolTip.delay: 800
                Accessible.name: qsTr("US or UK customary units")
                Accessible.description: qsTr("Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean in the text line")
            }
        }
        RowLayout {
            spacing: 6
            Label {
                text: qsTr("Inches")
                color: Theme.text
                font.pointSize: Theme.bodySize
            }
            ComboBox {
                objectName: "inchFractionSelector"
                implicitContentWidthPolicy: ComboBox.WidestText
                font.pointSize: Theme.bodySize
                model: [qsTr("Decimal"), qsTr("Nearest 1/2"), qsTr("Nearest 1/4"), qsTr("Nearest 1/8"),
                        qsTr("Nearest 1/16"), qsTr("Nearest 1/32"), qsTr("Nearest 1/64")]
                currentIndex: panel.expression.inchFractionIndex
                onActivated: (index) => panel.expression.inchFractionIndex = index
                hoverEnabled: true
                ToolTip.visible: hovered && !popup.visible
                ToolTip.text: qsTr("Shows inches in the text line's answers as fractions, such as 5 ft 6 15/16 in")
                ToolTip.delay: 800
                Accessible.name: qsTr("Inch fractions")
                Accessible.description: qsTr("Decimal inches, or inches to the nearest half, quarter, eighth, sixteenth, thirty-second or sixty-fourth")
            }
        }
    }
}
