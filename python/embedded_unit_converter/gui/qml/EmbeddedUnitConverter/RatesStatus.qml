import QtQuick
import QtQuick.Controls

// The date of the exchange rates, shown beside a currency result; old rates are marked.
Label {
    property var money
    text: money ? money.ratesStatus : ""
    color: money && money.ratesStale ? Theme.error : Theme.mutedText
    font.pointSize: Theme.smallSize
    wrapMode: Text.Wrap
    Accessible.role: Accessible.StaticText
    Accessible.name: text
}
