<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AllUnitsPanel</name>
    <message>
        <source>All units</source>
        <translation>Toutes les unités</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Filtrer les unités</translation>
    </message>
    <message>
        <source>Filter all units</source>
        <translation>Filtrer toutes les unités</translation>
    </message>
    <message>
        <source>Shows only units whose name, symbol or alias contains this text</source>
        <translation>N’affiche que les unités dont le nom, le symbole ou l’alias contient ce texte</translation>
    </message>
    <message>
        <source>Scroll the list of all units</source>
        <translation>Faire défiler la liste de toutes les unités</translation>
    </message>
    <message>
        <source>Value in every unit</source>
        <translation>Valeur dans chaque unité</translation>
    </message>
    <message>
        <source>Press Enter on a unit to convert to it</source>
        <translation>Appuyez sur Entrée sur une unité pour convertir vers celle-ci</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Current target unit</source>
        <translation>Unité d’arrivée actuelle</translation>
    </message>
    <message>
        <source>Click to convert to this unit</source>
        <translation>Cliquez pour convertir vers cette unité</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Temperature difference</source>
        <translation>Écart de température</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Vitesse</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Allure</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Accélération</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Pression</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>Couple</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Quantité de mouvement</translation>
    </message>
    <message>
        <source>Angular momentum and action</source>
        <translation>Moment cinétique et action</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Specific energy</source>
        <translation>Énergie massique</translation>
    </message>
    <message>
        <source>Energy density</source>
        <translation>Densité d’énergie</translation>
    </message>
    <message>
        <source>Fuel economy</source>
        <translation>Consommation de carburant</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Angle</translation>
    </message>
    <message>
        <source>Solid angle</source>
        <translation>Angle solide</translation>
    </message>
    <message>
        <source>Angular velocity</source>
        <translation>Vitesse angulaire</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Wavenumber and lens power</source>
        <translation>Nombre d’onde et vergence</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Quantité de données</translation>
    </message>
    <message>
        <source>Data rate</source>
        <translation>Débit de données</translation>
    </message>
    <message>
        <source>Electric current</source>
        <translation>Courant électrique</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tension électrique</translation>
    </message>
    <message>
        <source>Electric charge</source>
        <translation>Charge électrique</translation>
    </message>
    <message>
        <source>Electric resistance</source>
        <translation>Résistance électrique</translation>
    </message>
    <message>
        <source>Electric conductance</source>
        <translation>Conductance électrique</translation>
    </message>
    <message>
        <source>Capacitance</source>
        <translation>Capacité électrique</translation>
    </message>
    <message>
        <source>Inductance</source>
        <translation>Inductance</translation>
    </message>
    <message>
        <source>Magnetic flux</source>
        <translation>Flux magnétique</translation>
    </message>
    <message>
        <source>Magnetic flux density</source>
        <translation>Induction magnétique</translation>
    </message>
    <message>
        <source>Magnetic field strength</source>
        <translation>Champ magnétique</translation>
    </message>
    <message>
        <source>Electric field strength</source>
        <translation>Champ électrique</translation>
    </message>
    <message>
        <source>Electric dipole moment</source>
        <translation>Moment dipolaire électrique</translation>
    </message>
    <message>
        <source>Electrical resistivity</source>
        <translation>Résistivité électrique</translation>
    </message>
    <message>
        <source>Electrical conductivity</source>
        <translation>Conductivité électrique</translation>
    </message>
    <message>
        <source>Luminous intensity</source>
        <translation>Intensité lumineuse</translation>
    </message>
    <message>
        <source>Luminous flux</source>
        <translation>Flux lumineux</translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation>Éclairement lumineux</translation>
    </message>
    <message>
        <source>Luminance</source>
        <translation>Luminance</translation>
    </message>
    <message>
        <source>Luminous efficacy</source>
        <translation>Efficacité lumineuse</translation>
    </message>
    <message>
        <source>Radioactivity</source>
        <translation>Radioactivité</translation>
    </message>
    <message>
        <source>Absorbed dose</source>
        <translation>Dose absorbée</translation>
    </message>
    <message>
        <source>Equivalent dose</source>
        <translation>Dose équivalente</translation>
    </message>
    <message>
        <source>Radiation exposure</source>
        <translation>Exposition aux rayonnements</translation>
    </message>
    <message>
        <source>Absorbed dose rate</source>
        <translation>Débit de dose absorbée</translation>
    </message>
    <message>
        <source>Equivalent dose rate</source>
        <translation>Débit de dose équivalente</translation>
    </message>
    <message>
        <source>Amount of substance</source>
        <translation>Quantité de matière</translation>
    </message>
    <message>
        <source>Molar concentration</source>
        <translation>Concentration molaire</translation>
    </message>
    <message>
        <source>Molality</source>
        <translation>Molalité</translation>
    </message>
    <message>
        <source>Mass concentration</source>
        <translation>Concentration massique</translation>
    </message>
    <message>
        <source>Molar mass</source>
        <translation>Masse molaire</translation>
    </message>
    <message>
        <source>Molar energy</source>
        <translation>Énergie molaire</translation>
    </message>
    <message>
        <source>Molar heat capacity and entropy</source>
        <translation>Capacité thermique molaire et entropie</translation>
    </message>
    <message>
        <source>Catalytic activity</source>
        <translation>Activité catalytique</translation>
    </message>
    <message>
        <source>Activity concentration</source>
        <translation>Activité volumique</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Masse volumique</translation>
    </message>
    <message>
        <source>Specific volume</source>
        <translation>Volume massique</translation>
    </message>
    <message>
        <source>Linear density</source>
        <translation>Masse linéique</translation>
    </message>
    <message>
        <source>Area density</source>
        <translation>Masse surfacique</translation>
    </message>
    <message>
        <source>Volumetric flow rate</source>
        <translation>Débit volumique</translation>
    </message>
    <message>
        <source>Mass flow rate</source>
        <translation>Débit massique</translation>
    </message>
    <message>
        <source>Dynamic viscosity</source>
        <translation>Viscosité dynamique</translation>
    </message>
    <message>
        <source>Kinematic viscosity</source>
        <translation>Viscosité cinématique</translation>
    </message>
    <message>
        <source>Surface tension</source>
        <translation>Tension superficielle</translation>
    </message>
    <message>
        <source>Heat capacity and entropy</source>
        <translation>Capacité thermique et entropie</translation>
    </message>
    <message>
        <source>Specific heat capacity</source>
        <translation>Capacité thermique massique</translation>
    </message>
    <message>
        <source>Thermal conductivity</source>
        <translation>Conductivité thermique</translation>
    </message>
    <message>
        <source>Heat flux and irradiance</source>
        <translation>Densité de flux thermique et éclairement énergétique</translation>
    </message>
    <message>
        <source>Heat transfer coefficient</source>
        <translation>Coefficient de transfert thermique</translation>
    </message>
    <message>
        <source>Thermal resistance (R-value)</source>
        <translation>Résistance thermique (valeur R)</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Typographie</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Dénombrement</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Monnaie</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>Common</source>
        <translation>Courantes</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Autres catégories</translation>
    </message>
</context>
<context>
    <name>Converter</name>
    <message>
        <source>Result too large to show</source>
        <translation>Résultat trop grand pour être affiché</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>5 ft 3 in to cm</source>
        <translation>5 pieds 3 pouces en cm</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>length</source>
        <translation>longueur</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>masse</translation>
    </message>
    <message>
        <source>time</source>
        <translation>temps</translation>
    </message>
    <message>
        <source>current</source>
        <translation>courant électrique</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>température</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>quantité de matière</translation>
    </message>
    <message>
        <source>luminosity</source>
        <translation>intensité lumineuse</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>angle</translation>
    </message>
    <message>
        <source>information</source>
        <translation>quantité de données</translation>
    </message>
    <message>
        <source>money</source>
        <translation>monnaie</translation>
    </message>
    <message>
        <source>dimensionless</source>
        <translation>grandeur sans dimension</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>%1 read as %2</source>
        <translation>%1 lu comme %2</translation>
    </message>
    <message>
        <source>rounded to the nearest 1/%1 in</source>
        <translation>arrondi au 1/%1 in le plus proche</translation>
    </message>
    <message>
        <source>Cannot read this: %1</source>
        <translation>Lecture impossible&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>ExpressionPanel</name>
    <message>
        <source>Type a conversion</source>
        <translation>Saisissez une conversion</translation>
    </message>
    <message>
        <source>e.g. 5 ft 3 in to cm</source>
        <translation>p. ex. 5 ft 3 in en cm</translation>
    </message>
    <message>
        <source>Conversion text</source>
        <translation>Texte de la conversion</translation>
    </message>
    <message>
        <source>Type a quantity and a target unit, such as 100 km/h in mph; the answer appears below</source>
        <translation>Saisissez une quantité et une unité d’arrivée, par exemple 100 km/h en mph&#x202f;; la réponse s’affiche en dessous</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Réponse&#x202f;: %1</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copier la réponse</translation>
    </message>
    <message>
        <source>Copies the answer to the clipboard</source>
        <translation>Copie la réponse dans le presse-papiers</translation>
    </message>
    <message>
        <source>Or read it as:</source>
        <translation>Ou le lire comme&#x202f;:</translation>
    </message>
    <message>
        <source>Put “%1” in the text line</source>
        <translation>Mettre «&#x202f;%1&#x202f;» dans la ligne de texte</translation>
    </message>
    <message>
        <source>Read it as %1</source>
        <translation>Le lire comme %1</translation>
    </message>
    <message>
        <source>Puts this reading in the text line and converts it</source>
        <translation>Met cette lecture dans la ligne de texte et la convertit</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Utiliser «&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>Replaces the unknown unit with this suggestion</source>
        <translation>Remplace l’unité inconnue par cette suggestion</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Unit Converter</source>
        <translation>Convertisseur d’unités</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Theme: %1. Click for %2 (%3)</source>
        <translation>Thème&#x202f;: %1. Cliquez pour passer au thème %2 (%3)</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Thème&#x202f;: %1</translation>
    </message>
    <message>
        <source>Follows the system, now %1.</source>
        <translation>Suit le système, actuellement %1.</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>sombre</translation>
    </message>
    <message>
        <source>light</source>
        <translation>clair</translation>
    </message>
    <message>
        <source>Always %1.</source>
        <translation>Toujours %1.</translation>
    </message>
    <message>
        <source>Press to switch to %1; cycles System, Light and Dark.</source>
        <translation>Appuyez pour passer au thème %1&#x202f;; alterne entre Système, Clair et Sombre.</translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation>Faire défiler la page</translation>
    </message>
    <message>
        <source>Scroll the page sideways</source>
        <translation>Faire défiler la page horizontalement</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Go to the text line (%1)</source>
        <translation>Aller à la ligne de saisie (%1)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>The kind of quantity to convert, such as length or temperature</source>
        <translation>Le type de grandeur à convertir, par exemple une longueur ou une température</translation>
    </message>
    <message>
        <source>Current category: %1. Press Enter or Space, or type, to search categories.</source>
        <translation>Catégorie actuelle&#x202f;: %1. Appuyez sur Entrée ou Espace, ou tapez du texte, pour rechercher une catégorie.</translation>
    </message>
    <message>
        <source>Choose the kind of quantity; type to search</source>
        <translation>Choisissez le type de grandeur&#x202f;; tapez pour rechercher</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Rechercher une catégorie</translation>
    </message>
    <message>
        <source>Type a category name, in this language or in English; Down moves to the results, Enter picks</source>
        <translation>Saisissez un nom de catégorie, en français ou en anglais&#x202f;; la flèche Bas mène aux résultats, Entrée choisit</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Common categories first, then all others alphabetically; while searching, the best matches first. Enter picks, Escape closes</source>
        <translation>Les catégories courantes d’abord, puis toutes les autres par ordre alphabétique&#x202f;; pendant une recherche, les meilleurs résultats d’abord. Entrée choisit, Échap ferme</translation>
    </message>
    <message>
        <source>No category matches</source>
        <translation>Aucune catégorie ne correspond</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Value to convert, in %1</source>
        <translation>Valeur à convertir, en %1</translation>
    </message>
    <message>
        <source>Type a number; the other field updates as you type</source>
        <translation>Saisissez un nombre&#x202f;; l’autre champ se met à jour pendant la saisie</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Unité de départ</translation>
    </message>
    <message>
        <source>Search the from unit (%1)</source>
        <translation>Rechercher l’unité de départ (%1)</translation>
    </message>
    <message>
        <source>Swap units (%1)</source>
        <translation>Intervertir les unités (%1)</translation>
    </message>
    <message>
        <source>Exchanges the from and to units</source>
        <translation>Intervertit l’unité de départ et l’unité d’arrivée</translation>
    </message>
    <message>
        <source>Remove from favourites (%1)</source>
        <translation>Retirer des favoris (%1)</translation>
    </message>
    <message>
        <source>Add to favourites (%1)</source>
        <translation>Ajouter aux favoris (%1)</translation>
    </message>
    <message>
        <source>Keeps this pair of units one click away</source>
        <translation>Garde cette paire d’unités à portée de clic</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Result, in %1</source>
        <translation>Résultat, en %1</translation>
    </message>
    <message>
        <source>The converted value; type here to convert the other way. %1 copies it</source>
        <translation>La valeur convertie&#x202f;; tapez ici pour convertir dans l’autre sens. %1 la copie</translation>
    </message>
    <message>
        <source>Copy the result (%1)</source>
        <translation>Copier le résultat (%1)</translation>
    </message>
    <message>
        <source>Copies the converted value to the clipboard</source>
        <translation>Copie la valeur convertie dans le presse-papiers</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>Unité d’arrivée</translation>
    </message>
    <message>
        <source>Search the to unit (%1)</source>
        <translation>Rechercher l’unité d’arrivée (%1)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Star a pair of units to keep it here.</source>
        <translation>Marquez une paire d’unités d’une étoile pour la retrouver ici.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Récents</translation>
    </message>
    <message>
        <source>Filter the units (%1)</source>
        <translation>Filtrer les unités (%1)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Your units in %1 are not used: %2</source>
        <translation>Vos unités de %1 ne sont pas utilisées&#x202f;: %2</translation>
    </message>
    <message>
        <source>ECB rates of %1</source>
        <translation>Taux BCE du %1</translation>
    </message>
    <message>
        <source>(more than a week old)</source>
        <translation>(datant de plus d’une semaine)</translation>
    </message>
    <message>
        <source>Your units could not be saved: %1</source>
        <translation>Impossible d’enregistrer vos unités&#x202f;: %1</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Exchange rates and your units</source>
        <translation>Taux de change et vos unités</translation>
    </message>
    <message>
        <source>Downloading the exchange rates</source>
        <translation>Téléchargement des taux de change</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Update rates</source>
        <translation>Mettre à jour les taux</translation>
    </message>
    <message>
        <source>Update the exchange rates</source>
        <translation>Mettre à jour les taux de change</translation>
    </message>
    <message>
        <source>Downloads today&apos;s reference rates of the European Central Bank</source>
        <translation>Télécharge les taux de référence du jour de la Banque centrale européenne</translation>
    </message>
    <message>
        <source>Download rates</source>
        <translation>Télécharger les taux</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>When I ask</source>
        <translation>Sur demande</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Chaque jour</translation>
    </message>
    <message>
        <source>Download exchange rates</source>
        <translation>Téléchargement des taux de change</translation>
    </message>
    <message>
        <source>Never, only when you press the button, or once a day at start</source>
        <translation>Jamais, seulement quand vous appuyez sur le bouton, ou une fois par jour au démarrage</translation>
    </message>
    <message>
        <source>Your units (one per line, such as: zorp = 67 in)</source>
        <translation>Vos unités (une par ligne, par exemple&#x202f;: zorp = 67 in)</translation>
    </message>
    <message>
        <source># zorp = 67 in
# beer = 4.5 EUR</source>
        <translation># zorp = 67 in
# bière = 4.5 EUR</translation>
    </message>
    <message>
        <source>Your units</source>
        <translation>Vos unités</translation>
    </message>
    <message>
        <source>Definitions, one per line: a name, =, and what it is in other units</source>
        <translation>Définitions, une par ligne&#x202f;: un nom, = et sa valeur en d’autres unités</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in use</source>
        <translation>
            <numerusform>%n unité utilisée</numerusform>
            <numerusform>%n unités utilisées</numerusform>
        </translation>
    </message>
    <message>
        <source>Save units</source>
        <translation>Enregistrer les unités</translation>
    </message>
    <message>
        <source>Saves your units to my.units and uses them at once</source>
        <translation>Enregistre vos unités dans my.units et les utilise aussitôt</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>Not a number</source>
        <translation>Ce n’est pas un nombre</translation>
    </message>
    <message>
        <source>Unclear number: check the separators</source>
        <translation>Nombre ambigu&#x202f;: vérifiez les séparateurs</translation>
    </message>
    <message>
        <source>Read as %1 (thousands separator)</source>
        <translation>Lu comme %1 (séparateur de milliers)</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Nombre trop grand</translation>
    </message>
</context>
<context>
    <name>PrecisionPanel</name>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Décimales</translation>
    </message>
    <message>
        <source>Significant digits</source>
        <translation>Chiffres significatifs</translation>
    </message>
    <message>
        <source>Decimal places</source>
        <translation>Nombre de décimales</translation>
    </message>
    <message>
        <source>How many digits results show</source>
        <translation>Nombre de chiffres affichés dans les résultats</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Fixed decimals</source>
        <translation>Décimales fixes</translation>
    </message>
    <message>
        <source>Scientific</source>
        <translation>Scientifique</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Ingénieur</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Type de notation</translation>
    </message>
    <message>
        <source>Automatic, fixed decimals, scientific or engineering notation</source>
        <translation>Notation automatique, à décimales fixes, scientifique ou ingénieur</translation>
    </message>
    <message>
        <source>Group digits</source>
        <translation>Grouper les chiffres</translation>
    </message>
    <message>
        <source>Separates thousands, as in 1,234,567</source>
        <translation>Sépare les milliers, comme dans 1&#x202f;234&#x202f;567</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <source>Text line units</source>
        <translation>Unités de la ligne de texte</translation>
    </message>
    <message>
        <source>Gallons, pints, tons</source>
        <translation>Gallons, pintes, tonnes</translation>
    </message>
    <message>
        <source>US</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>UK (imperial)</source>
        <translation>Royaume-Uni (impérial)</translation>
    </message>
    <message>
        <source>Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean</source>
        <translation>Quels gallon, pinte, quart, once liquide, tonne et quintal désignent les noms sans précision</translation>
    </message>
    <message>
        <source>US or UK customary units</source>
        <translation>Unités usuelles américaines ou britanniques</translation>
    </message>
    <message>
        <source>Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean in the text line</source>
        <translation>Quels gallon, pinte, quart, once liquide, tonne et quintal désignent les noms sans précision dans la ligne de texte</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pouces</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Décimaux</translation>
    </message>
    <message>
        <source>Nearest 1/2</source>
        <translation>Au 1/2 près</translation>
    </message>
    <message>
        <source>Nearest 1/4</source>
        <translation>Au 1/4 près</translation>
    </message>
    <message>
        <source>Nearest 1/8</source>
        <translation>Au 1/8 près</translation>
    </message>
    <message>
        <source>Nearest 1/16</source>
        <translation>Au 1/16 près</translation>
    </message>
    <message>
        <source>Nearest 1/32</source>
        <translation>Au 1/32 près</translation>
    </message>
    <message>
        <source>Nearest 1/64</source>
        <translation>Au 1/64 près</translation>
    </message>
    <message>
        <source>Shows inches in the text line&apos;s answers as fractions, such as 5 ft 6 15/16 in</source>
        <translation>Affiche les pouces des réponses de la ligne de texte en fractions, par exemple 5 ft 6 15/16 in</translation>
    </message>
    <message>
        <source>Inch fractions</source>
        <translation>Fractions de pouce</translation>
    </message>
    <message>
        <source>Decimal inches, or inches to the nearest half, quarter, eighth, sixteenth, thirty-second or sixty-fourth</source>
        <translation>Pouces décimaux, ou arrondis au demi, au quart, au huitième, au seizième, au trente-deuxième ou au soixante-quatrième le plus proche</translation>
    </message>
</context>
<context>
    <name>SavedPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Converts with these units again</source>
        <translation>Convertit de nouveau avec ces unités</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Scroll %1</source>
        <translation>Faire défiler la liste «&#x202f;%1&#x202f;»</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 cannot be created there, so defaults are in use and nothing will be saved.</source>
        <translation>Le fichier de paramètres %1 ne peut pas être créé à cet emplacement&#x202f;: les valeurs par défaut sont utilisées et rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be used (%2), so defaults are in use and nothing will be saved.</source>
        <translation>Le fichier de paramètres %1 est inutilisable (%2)&#x202f;: les valeurs par défaut sont utilisées et rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a settings file. Defaults are in use, and nothing will be saved there.</source>
        <translation>%1 est un dossier, pas un fichier de paramètres. Les valeurs par défaut sont utilisées et rien n’y sera enregistré.</translation>
    </message>
    <message>
        <source>%1 is not a settings file. Defaults are in use, and nothing will be saved there.</source>
        <translation>%1 n’est pas un fichier de paramètres. Les valeurs par défaut sont utilisées et rien n’y sera enregistré.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2). Defaults are in use; the file is left as it is and nothing will be saved.</source>
        <translation>Le fichier de paramètres %1 est illisible (%2). Les valeurs par défaut sont utilisées&#x202f;; le fichier est laissé tel quel et rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>The settings file %1 is read-only: it is used as it is, and changes will not be saved.</source>
        <translation>Le fichier de paramètres %1 est en lecture seule&#x202f;: il est utilisé tel quel et les modifications ne seront pas enregistrées.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so defaults are in use. A copy of the damaged file was kept as %1.</source>
        <translation>Votre fichier de paramètres était endommagé&#x202f;: les valeurs par défaut sont utilisées. Une copie du fichier endommagé a été conservée sous le nom %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a settings file, so defaults are in use. The file is left as it is and nothing will be saved to it.</source>
        <translation>%1 est endommagé ou n’est pas un fichier de paramètres&#x202f;: les valeurs par défaut sont utilisées. Le fichier est laissé tel quel et rien n’y sera enregistré.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>Impossible d’enregistrer les paramètres dans %1.</translation>
    </message>
</context>
<context>
    <name>UnitError</name>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>Le texte est trop long (%1&#xa0;caractères&#x202f;; %2 au maximum).</translation>
    </message>
    <message>
        <source>Unexpected “,”: write decimals with a point (1.5), and separate target units with “;” (ft;in).</source>
        <translation>Virgule «&#x202f;,&#x202f;» inattendue&#x202f;: écrivez les décimales avec un point (1.5) et séparez les unités d’arrivée par «&#x202f;;&#x202f;» (ft;in).</translation>
    </message>
    <message>
        <source>Unexpected character “%1” at position %2.</source>
        <translation>Caractère «&#x202f;%1&#x202f;» inattendu à la position %2.</translation>
    </message>
    <message>
        <source>That exponent is too large.</source>
        <translation>Cet exposant est trop grand.</translation>
    </message>
    <message>
        <source>“⁻” must be followed by a superscript digit.</source>
        <translation>«&#x202f;⁻&#x202f;» doit être suivi d’un chiffre en exposant.</translation>
    </message>
    <message>
        <source>Unexpected “%1” at position %2.</source>
        <translation>«&#x202f;%1&#x202f;» inattendu à la position %2.</translation>
    </message>
    <message>
        <source>The expression ends too early.</source>
        <translation>L’expression se termine trop tôt.</translation>
    </message>
    <message>
        <source>Nothing to convert: the text is empty.</source>
        <translation>Rien à convertir&#x202f;: le texte est vide.</translation>
    </message>
    <message>
        <source>The expression is nested too deeply.</source>
        <translation>L’expression comporte trop de niveaux d’imbrication.</translation>
    </message>
    <message>
        <source>A “(” at position %1 is never closed.</source>
        <translation>La parenthèse «&#x202f;(&#x202f;» à la position %1 n’est jamais fermée.</translation>
    </message>
    <message>
        <source>An exponent must be a small number such as 2, -1 or (1/2).</source>
        <translation>Un exposant doit être un petit nombre, comme 2, -1 ou (1/2).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Le texte n’est pas de l’UTF-8 valide.</translation>
    </message>
    <message>
        <source>The values are not aligned to 8 bytes.</source>
        <translation>Les valeurs ne sont pas alignées sur 8&#xa0;octets.</translation>
    </message>
    <message>
        <source>“%1” is not a number: it has more than one decimal point.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nombre&#x202f;: il contient plus d’un séparateur décimal.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>Le nombre %1 est trop grand.</translation>
    </message>
    <message>
        <source>The number %1 is too small to represent.</source>
        <translation>Le nombre %1 est trop petit pour être représenté.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«&#x202f;%1&#x202f;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 n’est pas un nombre fini.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”.</source>
        <translation>Unité inconnue «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>The result is too large to represent.</source>
        <translation>Le résultat est trop grand pour être représenté.</translation>
    </message>
    <message>
        <source>The unit&apos;s powers are too large.</source>
        <translation>Les exposants de l’unité sont trop grands.</translation>
    </message>
    <message>
        <source>Cannot add %1 and %2.</source>
        <translation>Impossible d’additionner %1 et %2.</translation>
    </message>
    <message>
        <source>Cannot raise %1 to a fractional power.</source>
        <translation>Impossible d’élever %1 à une puissance fractionnaire.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>Division par zéro.</translation>
    </message>
    <message>
        <source>Cannot take a root of a negative number.</source>
        <translation>Impossible d’extraire la racine d’un nombre négatif.</translation>
    </message>
    <message>
        <source>Adding temperatures on the “%1” scale is ambiguous: write the difference in a difference unit (deltaC, deltaF) or in K.</source>
        <translation>Additionner des températures sur l’échelle «&#x202f;%1&#x202f;» est ambigu&#x202f;: écrivez l’écart dans une unité d’écart (deltaC, deltaF) ou en K.</translation>
    </message>
    <message>
        <source>A temperature on the “%1” scale cannot be multiplied or divided: convert it to K first, or write a difference (deltaC, deltaF).</source>
        <translation>Une température sur l’échelle «&#x202f;%1&#x202f;» ne peut être ni multipliée ni divisée&#x202f;: convertissez-la d’abord en K, ou écrivez un écart (deltaC, deltaF).</translation>
    </message>
    <message>
        <source>That temperature is below absolute zero on the “%1” scale.</source>
        <translation>Cette température est inférieure au zéro absolu sur l’échelle «&#x202f;%1&#x202f;».</translation>
    </message>
    <message>
        <source>Cannot convert “%1” (%2) to “%3” (%4).</source>
        <translation>Impossible de convertir «&#x202f;%1&#x202f;» (%2) en «&#x202f;%3&#x202f;» (%4).</translation>
    </message>
    <message>
        <source>“%1” has size zero.</source>
        <translation>«&#x202f;%1&#x202f;» est de taille nulle.</translation>
    </message>
    <message>
        <source>No unit given.</source>
        <translation>Aucune unité indiquée.</translation>
    </message>
    <message>
        <source>Say which unit to convert to after “to”.</source>
        <translation>Indiquez après «&#x202f;to&#x202f;» l’unité vers laquelle convertir.</translation>
    </message>
    <message>
        <source>An empty unit between “;”.</source>
        <translation>Il manque une unité entre deux «&#x202f;;&#x202f;».</translation>
    </message>
    <message>
        <source>Could not tell the unit of the result.</source>
        <translation>Impossible de déterminer l’unité du résultat.</translation>
    </message>
    <message>
        <source>Nothing to convert before “%1”: write the amount first, as in “5 ft %1 cm”.</source>
        <translation>Rien à convertir avant «&#x202f;%1&#x202f;»&#x202f;: écrivez d’abord la quantité, comme dans «&#x202f;5 ft %1 cm&#x202f;».</translation>
    </message>
    <message>
        <source>The units can be read in more than one way (%1): write the unit&apos;s symbol to choose.</source>
        <translation>Les unités peuvent se lire de plusieurs façons (%1)&#x202f;: écrivez le symbole de l’unité pour choisir.</translation>
    </message>
    <message>
        <source>Inches can be shown in halves, quarters, eighths, 16ths, 32nds or 64ths, not 1/%1.</source>
        <translation>Les pouces s’affichent en demis, quarts, huitièmes, seizièmes, trente-deuxièmes ou soixante-quatrièmes, pas en 1/%1.</translation>
    </message>
    <message>
        <source>Line %1: expected a definition such as “smoot = 67 in” (NAME = EXPRESSION).</source>
        <translation>Ligne %1&#x202f;: une définition est attendue, comme «&#x202f;smoot = 67 in&#x202f;» (NOM = EXPRESSION).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#x202f;: %2</translation>
    </message>
    <message>
        <source>Line %1: “%2” cannot be a unit name: use letters, digits and “_”, starting with a letter.</source>
        <translation>Ligne %1&#x202f;: «&#x202f;%2&#x202f;» ne peut pas être un nom d’unité&#x202f;: utilisez des lettres, des chiffres et «&#x202f;_&#x202f;», en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is already a unit; pick another name.</source>
        <translation>Ligne %1&#x202f;: «&#x202f;%2&#x202f;» est déjà une unité&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is already defined on line %3.</source>
        <translation>Ligne %1&#x202f;: «&#x202f;%2&#x202f;» est déjà défini à la ligne %3.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” refers back to itself.</source>
        <translation>Ligne %1&#x202f;: la définition de «&#x202f;%2&#x202f;» renvoie à elle-même.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” uses “%3”, which is not a unit.</source>
        <translation>Ligne %1&#x202f;: la définition de «&#x202f;%2&#x202f;» utilise «&#x202f;%3&#x202f;», qui n’est pas une unité.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” cannot be used: %3</source>
        <translation>Ligne %1&#x202f;: la définition de «&#x202f;%2&#x202f;» est inutilisable&#x202f;: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a text file of unit definitions.</source>
        <translation>«&#x202f;%1&#x202f;» ne peut pas être lu comme un fichier texte de définitions d’unités.</translation>
    </message>
    <message>
        <source>The exchange rates could not be downloaded from %1: %2. The rates in use stay.</source>
        <translation>Impossible de télécharger les taux de change depuis %1&#x202f;: %2. Les taux actuels sont conservés.</translation>
    </message>
    <message>
        <source>The download is not the ECB&apos;s daily exchange rate feed. The rates in use stay.</source>
        <translation>Le fichier téléchargé n’est pas le flux quotidien des taux de change de la BCE. Les taux actuels sont conservés.</translation>
    </message>
    <message>
        <source>The download is larger than %1 bytes, more than any exchange rate feed. The rates in use stay.</source>
        <translation>Le fichier téléchargé dépasse %1&#xa0;octets, plus que n’importe quel flux de taux de change. Les taux actuels sont conservés.</translation>
    </message>
    <message>
        <source>The exchange rate feed has no valid date (“%1”). The rates in use stay.</source>
        <translation>Le flux des taux de change n’a pas de date valide («&#x202f;%1&#x202f;»). Les taux actuels sont conservés.</translation>
    </message>
    <message>
        <source>The exchange rate feed lists “%1”, which is not a currency code or is given twice. The rates in use stay.</source>
        <translation>Le flux des taux de change contient «&#x202f;%1&#x202f;», qui n’est pas un code de devise ou qui figure deux fois. Les taux actuels sont conservés.</translation>
    </message>
    <message>
        <source>The exchange rate feed gives %1 a rate of “%2”, which is not a positive number. The rates in use stay.</source>
        <translation>Le flux des taux de change donne pour %1 le taux «&#x202f;%2&#x202f;», qui n’est pas un nombre positif. Les taux actuels sont conservés.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a unit name quoted in a list of suggestions</comment>
        <translation>«&#x202f;%1&#x202f;»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>joins suggestions before the last one</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>joins the last suggestion</comment>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#x202f;?</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Current unit: %1. Press Enter or Space to search units.</source>
        <translation>Unité actuelle&#x202f;: %1. Appuyez sur Entrée ou Espace pour rechercher une unité.</translation>
    </message>
    <message>
        <source>Search by name, symbol or alias</source>
        <translation>Rechercher par nom, symbole ou alias</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Rechercher une unité</translation>
    </message>
    <message>
        <source>Type a unit name, symbol or alias; Down moves to the results, Enter picks</source>
        <translation>Saisissez le nom, le symbole ou l’alias d’une unité&#x202f;; la flèche Bas mène aux résultats, Entrée choisit</translation>
    </message>
    <message>
        <source>Matching units</source>
        <translation>Unités correspondantes</translation>
    </message>
    <message>
        <source>Units matching the search, best first; Enter picks, Escape closes</source>
        <translation>Unités correspondant à la recherche, les meilleures d’abord&#x202f;; Entrée choisit, Échap ferme</translation>
    </message>
    <message>
        <source>No unit matches</source>
        <translation>Aucune unité ne correspond</translation>
    </message>
    <message>
        <source>other kind</source>
        <translation>autre grandeur</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>Enter a number</source>
        <translation>Saisissez un nombre</translation>
    </message>
</context>
</TS>
