<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AllUnitsPanel</name>
    <message>
        <source>All units</source>
        <translation>Todas las unidades</translation>
    </message>
    <message>
        <source>Filter units</source>
        <translation>Filtrar unidades</translation>
    </message>
    <message>
        <source>Filter all units</source>
        <translation>Filtrar todas las unidades</translation>
    </message>
    <message>
        <source>Shows only units whose name, symbol or alias contains this text</source>
        <translation>Muestra solo las unidades cuyo nombre, símbolo o alias contiene este texto</translation>
    </message>
    <message>
        <source>Scroll the list of all units</source>
        <translation>Desplazar la lista de todas las unidades</translation>
    </message>
    <message>
        <source>Value in every unit</source>
        <translation>Valor en cada unidad</translation>
    </message>
    <message>
        <source>Press Enter on a unit to convert to it</source>
        <translation>Pulse Intro sobre una unidad para convertir a ella</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Current target unit</source>
        <translation>Unidad de destino actual</translation>
    </message>
    <message>
        <source>Click to convert to this unit</source>
        <translation>Haga clic para convertir a esta unidad</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mass</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Temperature difference</source>
        <translation>Diferencia de temperatura</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Acceleration</source>
        <translation>Aceleración</translation>
    </message>
    <message>
        <source>Force</source>
        <translation>Fuerza</translation>
    </message>
    <message>
        <source>Pressure</source>
        <translation>Presión</translation>
    </message>
    <message>
        <source>Torque</source>
        <translation>Par de torsión</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Cantidad de movimiento</translation>
    </message>
    <message>
        <source>Angular momentum and action</source>
        <translation>Momento angular y acción</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Potencia</translation>
    </message>
    <message>
        <source>Specific energy</source>
        <translation>Energía específica</translation>
    </message>
    <message>
        <source>Energy density</source>
        <translation>Densidad de energía</translation>
    </message>
    <message>
        <source>Fuel economy</source>
        <translation>Consumo de combustible</translation>
    </message>
    <message>
        <source>Angle</source>
        <translation>Ángulo</translation>
    </message>
    <message>
        <source>Solid angle</source>
        <translation>Ángulo sólido</translation>
    </message>
    <message>
        <source>Angular velocity</source>
        <translation>Velocidad angular</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Frecuencia</translation>
    </message>
    <message>
        <source>Wavenumber and lens power</source>
        <translation>Número de onda y potencia óptica</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Cantidad de datos</translation>
    </message>
    <message>
        <source>Data rate</source>
        <translation>Velocidad de transferencia</translation>
    </message>
    <message>
        <source>Electric current</source>
        <translation>Corriente eléctrica</translation>
    </message>
    <message>
        <source>Voltage</source>
        <translation>Tensión eléctrica</translation>
    </message>
    <message>
        <source>Electric charge</source>
        <translation>Carga eléctrica</translation>
    </message>
    <message>
        <source>Electric resistance</source>
        <translation>Resistencia eléctrica</translation>
    </message>
    <message>
        <source>Electric conductance</source>
        <translation>Conductancia eléctrica</translation>
    </message>
    <message>
        <source>Capacitance</source>
        <translation>Capacidad eléctrica</translation>
    </message>
    <message>
        <source>Inductance</source>
        <translation>Inductancia</translation>
    </message>
    <message>
        <source>Magnetic flux</source>
        <translation>Flujo magnético</translation>
    </message>
    <message>
        <source>Magnetic flux density</source>
        <translation>Densidad de flujo magnético</translation>
    </message>
    <message>
        <source>Magnetic field strength</source>
        <translation>Intensidad de campo magnético</translation>
    </message>
    <message>
        <source>Electric field strength</source>
        <translation>Intensidad de campo eléctrico</translation>
    </message>
    <message>
        <source>Electric dipole moment</source>
        <translation>Momento dipolar eléctrico</translation>
    </message>
    <message>
        <source>Electrical resistivity</source>
        <translation>Resistividad eléctrica</translation>
    </message>
    <message>
        <source>Electrical conductivity</source>
        <translation>Conductividad eléctrica</translation>
    </message>
    <message>
        <source>Luminous intensity</source>
        <translation>Intensidad luminosa</translation>
    </message>
    <message>
        <source>Luminous flux</source>
        <translation>Flujo luminoso</translation>
    </message>
    <message>
        <source>Illuminance</source>
        <translation>Iluminancia</translation>
    </message>
    <message>
        <source>Luminance</source>
        <translation>Luminancia</translation>
    </message>
    <message>
        <source>Luminous efficacy</source>
        <translation>Eficacia luminosa</translation>
    </message>
    <message>
        <source>Radioactivity</source>
        <translation>Radiactividad</translation>
    </message>
    <message>
        <source>Absorbed dose</source>
        <translation>Dosis absorbida</translation>
    </message>
    <message>
        <source>Equivalent dose</source>
        <translation>Dosis equivalente</translation>
    </message>
    <message>
        <source>Radiation exposure</source>
        <translation>Exposición a la radiación</translation>
    </message>
    <message>
        <source>Absorbed dose rate</source>
        <translation>Tasa de dosis absorbida</translation>
    </message>
    <message>
        <source>Equivalent dose rate</source>
        <translation>Tasa de dosis equivalente</translation>
    </message>
    <message>
        <source>Amount of substance</source>
        <translation>Cantidad de sustancia</translation>
    </message>
    <message>
        <source>Molar concentration</source>
        <translation>Concentración molar</translation>
    </message>
    <message>
        <source>Molality</source>
        <translation>Molalidad</translation>
    </message>
    <message>
        <source>Mass concentration</source>
        <translation>Concentración másica</translation>
    </message>
    <message>
        <source>Molar mass</source>
        <translation>Masa molar</translation>
    </message>
    <message>
        <source>Molar energy</source>
        <translation>Energía molar</translation>
    </message>
    <message>
        <source>Molar heat capacity and entropy</source>
        <translation>Capacidad calorífica molar y entropía</translation>
    </message>
    <message>
        <source>Catalytic activity</source>
        <translation>Actividad catalítica</translation>
    </message>
    <message>
        <source>Activity concentration</source>
        <translation>Concentración de actividad</translation>
    </message>
    <message>
        <source>Density</source>
        <translation>Densidad</translation>
    </message>
    <message>
        <source>Specific volume</source>
        <translation>Volumen específico</translation>
    </message>
    <message>
        <source>Linear density</source>
        <translation>Densidad lineal</translation>
    </message>
    <message>
        <source>Area density</source>
        <translation>Densidad superficial</translation>
    </message>
    <message>
        <source>Volumetric flow rate</source>
        <translation>Caudal volumétrico</translation>
    </message>
    <message>
        <source>Mass flow rate</source>
        <translation>Caudal másico</translation>
    </message>
    <message>
        <source>Dynamic viscosity</source>
        <translation>Viscosidad dinámica</translation>
    </message>
    <message>
        <source>Kinematic viscosity</source>
        <translation>Viscosidad cinemática</translation>
    </message>
    <message>
        <source>Surface tension</source>
        <translation>Tensión superficial</translation>
    </message>
    <message>
        <source>Heat capacity and entropy</source>
        <translation>Capacidad calorífica y entropía</translation>
    </message>
    <message>
        <source>Specific heat capacity</source>
        <translation>Capacidad calorífica específica</translation>
    </message>
    <message>
        <source>Thermal conductivity</source>
        <translation>Conductividad térmica</translation>
    </message>
    <message>
        <source>Heat flux and irradiance</source>
        <translation>Densidad de flujo de calor e irradiancia</translation>
    </message>
    <message>
        <source>Heat transfer coefficient</source>
        <translation>Coeficiente de transferencia de calor</translation>
    </message>
    <message>
        <source>Thermal resistance (R-value)</source>
        <translation>Resistencia térmica (valor R)</translation>
    </message>
    <message>
        <source>Typography</source>
        <translation>Tipografía</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Proporción</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <source>Common</source>
        <translation>Frecuentes</translation>
    </message>
    <message>
        <source>Other categories</source>
        <translation>Otras categorías</translation>
    </message>
</context>
<context>
    <name>Converter</name>
    <message>
        <source>Result too large to show</source>
        <translation>Resultado demasiado grande para mostrarlo</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>5 ft 3 in to cm</source>
        <translation>5 pies 3 pulgadas a cm</translation>
    </message>
</context>
<context>
    <name>Dimension</name>
    <message>
        <source>length</source>
        <translation>longitud</translation>
    </message>
    <message>
        <source>mass</source>
        <translation>masa</translation>
    </message>
    <message>
        <source>time</source>
        <translation>tiempo</translation>
    </message>
    <message>
        <source>current</source>
        <translation>corriente eléctrica</translation>
    </message>
    <message>
        <source>temperature</source>
        <translation>temperatura</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>cantidad de sustancia</translation>
    </message>
    <message>
        <source>luminosity</source>
        <translation>intensidad luminosa</translation>
    </message>
    <message>
        <source>angle</source>
        <translation>ángulo</translation>
    </message>
    <message>
        <source>information</source>
        <translation>cantidad de datos</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>dimensionless</source>
        <translation>magnitud adimensional</translation>
    </message>
</context>
<context>
    <name>Expression</name>
    <message>
        <source>%1 read as %2</source>
        <translation>%1 leído como %2</translation>
    </message>
    <message>
        <source>rounded to the nearest 1/%1 in</source>
        <translation>redondeado al 1/%1 in más cercano</translation>
    </message>
    <message>
        <source>Cannot read this: %1</source>
        <translation>No se puede leer: %1</translation>
    </message>
</context>
<context>
    <name>ExpressionPanel</name>
    <message>
        <source>Type a conversion</source>
        <translation>Escriba una conversión</translation>
    </message>
    <message>
        <source>e.g. 5 ft 3 in to cm</source>
        <translation>p. ej. 5 ft 3 in en cm</translation>
    </message>
    <message>
        <source>Conversion text</source>
        <translation>Texto de la conversión</translation>
    </message>
    <message>
        <source>Type a quantity and a target unit, such as 100 km/h in mph; the answer appears below</source>
        <translation>Escriba una cantidad y una unidad de destino, por ejemplo 100 km/h en mph; la respuesta aparece debajo</translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Copy the answer</source>
        <translation>Copiar la respuesta</translation>
    </message>
    <message>
        <source>Copies the answer to the clipboard</source>
        <translation>Copia la respuesta en el portapapeles</translation>
    </message>
    <message>
        <source>Or read it as:</source>
        <translation>O leerlo como:</translation>
    </message>
    <message>
        <source>Put “%1” in the text line</source>
        <translation>Poner «%1» en la línea de texto</translation>
    </message>
    <message>
        <source>Read it as %1</source>
        <translation>Leerlo como %1</translation>
    </message>
    <message>
        <source>Puts this reading in the text line and converts it</source>
        <translation>Pone esta lectura en la línea de texto y la convierte</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Usar «%1»</translation>
    </message>
    <message>
        <source>Replaces the unknown unit with this suggestion</source>
        <translation>Sustituye la unidad desconocida por esta sugerencia</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Unit Converter</source>
        <translation>Conversor de unidades</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Theme: %1. Click for %2 (%3)</source>
        <translation>Tema: %1. Haga clic para cambiar al tema %2 (%3)</translation>
    </message>
    <message>
        <source>Theme: %1</source>
        <translation>Tema: %1</translation>
    </message>
    <message>
        <source>Follows the system, now %1.</source>
        <translation>Sigue al sistema, ahora %1.</translation>
    </message>
    <message>
        <source>dark</source>
        <translation>oscuro</translation>
    </message>
    <message>
        <source>light</source>
        <translation>claro</translation>
    </message>
    <message>
        <source>Always %1.</source>
        <translation>Siempre %1.</translation>
    </message>
    <message>
        <source>Press to switch to %1; cycles System, Light and Dark.</source>
        <translation>Pulse para cambiar al tema %1; alterna entre Sistema, Claro y Oscuro.</translation>
    </message>
    <message>
        <source>Scroll the page</source>
        <translation>Desplazar la página</translation>
    </message>
    <message>
        <source>Scroll the page sideways</source>
        <translation>Desplazar la página horizontalmente</translation>
    </message>
    <message>
        <source>Dismiss this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Go to the text line (%1)</source>
        <translation>Ir a la línea de texto (%1)</translation>
    </message>
    <message>
        <source>Convert</source>
        <translation>Convertir</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>The kind of quantity to convert, such as length or temperature</source>
        <translation>El tipo de magnitud que se quiere convertir, como la longitud o la temperatura</translation>
    </message>
    <message>
        <source>Current category: %1. Press Enter or Space, or type, to search categories.</source>
        <translation>Categoría actual: %1. Pulse Intro o Espacio, o escriba, para buscar categorías.</translation>
    </message>
    <message>
        <source>Choose the kind of quantity; type to search</source>
        <translation>Elija el tipo de magnitud; escriba para buscar</translation>
    </message>
    <message>
        <source>Search categories</source>
        <translation>Buscar categorías</translation>
    </message>
    <message>
        <source>Type a category name, in this language or in English; Down moves to the results, Enter picks</source>
        <translation>Escriba el nombre de una categoría, en español o en inglés; Flecha abajo pasa a los resultados, Intro elige</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Common categories first, then all others alphabetically; while searching, the best matches first. Enter picks, Escape closes</source>
        <translation>Primero las categorías frecuentes y después todas las demás por orden alfabético; al buscar, primero las mejores coincidencias. Intro elige, Esc cierra</translation>
    </message>
    <message>
        <source>No category matches</source>
        <translation>Ninguna categoría coincide</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Value to convert, in %1</source>
        <translation>Valor que se convierte, en %1</translation>
    </message>
    <message>
        <source>Type a number; the other field updates as you type</source>
        <translation>Escriba un número; el otro campo se actualiza mientras escribe</translation>
    </message>
    <message>
        <source>From unit</source>
        <translation>Unidad de origen</translation>
    </message>
    <message>
        <source>Search the from unit (%1)</source>
        <translation>Buscar la unidad de origen (%1)</translation>
    </message>
    <message>
        <source>Swap units (%1)</source>
        <translation>Intercambiar las unidades (%1)</translation>
    </message>
    <message>
        <source>Exchanges the from and to units</source>
        <translation>Intercambia la unidad de origen y la de destino</translation>
    </message>
    <message>
        <source>Remove from favourites (%1)</source>
        <translation>Quitar de favoritos (%1)</translation>
    </message>
    <message>
        <source>Add to favourites (%1)</source>
        <translation>Añadir a favoritos (%1)</translation>
    </message>
    <message>
        <source>Keeps this pair of units one click away</source>
        <translation>Deja este par de unidades a un clic</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A</translation>
    </message>
    <message>
        <source>Result, in %1</source>
        <translation>Resultado, en %1</translation>
    </message>
    <message>
        <source>The converted value; type here to convert the other way. %1 copies it</source>
        <translation>El valor convertido; escriba aquí para convertir en sentido inverso. %1 lo copia</translation>
    </message>
    <message>
        <source>Copy the result (%1)</source>
        <translation>Copiar el resultado (%1)</translation>
    </message>
    <message>
        <source>Copies the converted value to the clipboard</source>
        <translation>Copia el valor convertido en el portapapeles</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>Unidad de destino</translation>
    </message>
    <message>
        <source>Search the to unit (%1)</source>
        <translation>Buscar la unidad de destino (%1)</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Star a pair of units to keep it here.</source>
        <translation>Marque un par de unidades con la estrella para guardarlo aquí.</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <source>Filter the units (%1)</source>
        <translation>Filtrar las unidades (%1)</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>Your units in %1 are not used: %2</source>
        <translation>Sus unidades de %1 no se usan: %2</translation>
    </message>
    <message>
        <source>ECB rates of %1</source>
        <translation>Tipos del BCE del %1</translation>
    </message>
    <message>
        <source>(more than a week old)</source>
        <translation>(de hace más de una semana)</translation>
    </message>
    <message>
        <source>Your units could not be saved: %1</source>
        <translation>No se pudieron guardar sus unidades: %1</translation>
    </message>
</context>
<context>
    <name>MoneyPanel</name>
    <message>
        <source>Exchange rates and your units</source>
        <translation>Tipos de cambio y sus unidades</translation>
    </message>
    <message>
        <source>Downloading the exchange rates</source>
        <translation>Descargando los tipos de cambio</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizando…</translation>
    </message>
    <message>
        <source>Update rates</source>
        <translation>Actualizar tipos</translation>
    </message>
    <message>
        <source>Update the exchange rates</source>
        <translation>Actualizar los tipos de cambio</translation>
    </message>
    <message>
        <source>Downloads today&apos;s reference rates of the European Central Bank</source>
        <translation>Descarga los tipos de referencia de hoy del Banco Central Europeo</translation>
    </message>
    <message>
        <source>Download rates</source>
        <translation>Descargar tipos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>When I ask</source>
        <translation>Cuando lo pida</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>A diario</translation>
    </message>
    <message>
        <source>Download exchange rates</source>
        <translation>Descarga de los tipos de cambio</translation>
    </message>
    <message>
        <source>Never, only when you press the button, or once a day at start</source>
        <translation>Nunca, solo al pulsar el botón, o una vez al día al iniciar</translation>
    </message>
    <message>
        <source>Your units (one per line, such as: zorp = 67 in)</source>
        <translation>Sus unidades (una por línea, por ejemplo: zorp = 67 in)</translation>
    </message>
    <message>
        <source># zorp = 67 in
# beer = 4.5 EUR</source>
        <translation># zorp = 67 in
# cerveza = 4.5 EUR</translation>
    </message>
    <message>
        <source>Your units</source>
        <translation>Sus unidades</translation>
    </message>
    <message>
        <source>Definitions, one per line: a name, =, and what it is in other units</source>
        <translation>Definiciones, una por línea: un nombre, = y su valor en otras unidades</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in use</source>
        <translation>
            <numerusform>%n unidad en uso</numerusform>
            <numerusform>%n unidades en uso</numerusform>
        </translation>
    </message>
    <message>
        <source>Save units</source>
        <translation>Guardar unidades</translation>
    </message>
    <message>
        <source>Saves your units to my.units and uses them at once</source>
        <translation>Guarda sus unidades en my.units y las usa de inmediato</translation>
    </message>
</context>
<context>
    <name>NumberFormat</name>
    <message>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <source>Unclear number: check the separators</source>
        <translation>Número poco claro: revise los separadores</translation>
    </message>
    <message>
        <source>Read as %1 (thousands separator)</source>
        <translation>Leído como %1 (separador de millares)</translation>
    </message>
    <message>
        <source>Number too large</source>
        <translation>Número demasiado grande</translation>
    </message>
</context>
<context>
    <name>PrecisionPanel</name>
    <message>
        <source>Precision</source>
        <translation>Precisión</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>Significant digits</source>
        <translation>Cifras significativas</translation>
    </message>
    <message>
        <source>Decimal places</source>
        <translation>Número de decimales</translation>
    </message>
    <message>
        <source>How many digits results show</source>
        <translation>Cuántas cifras muestran los resultados</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Fixed decimals</source>
        <translation>Decimales fijos</translation>
    </message>
    <message>
        <source>Scientific</source>
        <translation>Científica</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>De ingeniería</translation>
    </message>
    <message>
        <source>Notation</source>
        <translation>Notación</translation>
    </message>
    <message>
        <source>Automatic, fixed decimals, scientific or engineering notation</source>
        <translation>Notación automática, con decimales fijos, científica o de ingeniería</translation>
    </message>
    <message>
        <source>Group digits</source>
        <translation>Agrupar cifras</translation>
    </message>
    <message>
        <source>Separates thousands, as in 1,234,567</source>
        <translation>Separa los millares, como en 1.234.567</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <source>Text line units</source>
        <translation>Unidades de la línea de texto</translation>
    </message>
    <message>
        <source>Gallons, pints, tons</source>
        <translation>Galones, pintas, toneladas</translation>
    </message>
    <message>
        <source>US</source>
        <translation>EE. UU.</translation>
    </message>
    <message>
        <source>UK (imperial)</source>
        <translation>Reino Unido (imperial)</translation>
    </message>
    <message>
        <source>Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean</source>
        <translation>Qué galón, pinta, cuarto, onza líquida, tonelada y quintal indican los nombres sin más</translation>
    </message>
    <message>
        <source>US or UK customary units</source>
        <translation>Unidades usuales de EE. UU. o del Reino Unido</translation>
    </message>
    <message>
        <source>Which gallon, pint, quart, fluid ounce, ton and hundredweight the plain names mean in the text line</source>
        <translation>Qué galón, pinta, cuarto, onza líquida, tonelada y quintal indican los nombres sin más en la línea de texto</translation>
    </message>
    <message>
        <source>Inches</source>
        <translation>Pulgadas</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Decimales</translation>
    </message>
    <message>
        <source>Nearest 1/2</source>
        <translation>Al 1/2 más cercano</translation>
    </message>
    <message>
        <source>Nearest 1/4</source>
        <translation>Al 1/4 más cercano</translation>
    </message>
    <message>
        <source>Nearest 1/8</source>
        <translation>Al 1/8 más cercano</translation>
    </message>
    <message>
        <source>Nearest 1/16</source>
        <translation>Al 1/16 más cercano</translation>
    </message>
    <message>
        <source>Nearest 1/32</source>
        <translation>Al 1/32 más cercano</translation>
    </message>
    <message>
        <source>Nearest 1/64</source>
        <translation>Al 1/64 más cercano</translation>
    </message>
    <message>
        <source>Shows inches in the text line&apos;s answers as fractions, such as 5 ft 6 15/16 in</source>
        <translation>Muestra las pulgadas de las respuestas de la línea de texto como fracciones, por ejemplo 5 ft 6 15/16 in</translation>
    </message>
    <message>
        <source>Inch fractions</source>
        <translation>Fracciones de pulgada</translation>
    </message>
    <message>
        <source>Decimal inches, or inches to the nearest half, quarter, eighth, sixteenth, thirty-second or sixty-fourth</source>
        <translation>Pulgadas decimales, o redondeadas al medio, cuarto, octavo, dieciseisavo, treintaidosavo o sesentaicuatroavo más cercano</translation>
    </message>
</context>
<context>
    <name>SavedPanel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Converts with these units again</source>
        <translation>Vuelve a convertir con estas unidades</translation>
    </message>
</context>
<context>
    <name>SearchPicker</name>
    <message>
        <source>Scroll %1</source>
        <translation>Desplazar la lista «%1»</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>The settings file %1 cannot be created there, so defaults are in use and nothing will be saved.</source>
        <translation>No se puede crear ahí el archivo de configuración %1, así que se usan los valores predeterminados y no se guardará nada.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be used (%2), so defaults are in use and nothing will be saved.</source>
        <translation>El archivo de configuración %1 no se puede usar (%2), así que se usan los valores predeterminados y no se guardará nada.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a settings file. Defaults are in use, and nothing will be saved there.</source>
        <translation>%1 es una carpeta, no un archivo de configuración. Se usan los valores predeterminados y no se guardará nada ahí.</translation>
    </message>
    <message>
        <source>%1 is not a settings file. Defaults are in use, and nothing will be saved there.</source>
        <translation>%1 no es un archivo de configuración. Se usan los valores predeterminados y no se guardará nada en él.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read (%2). Defaults are in use; the file is left as it is and nothing will be saved.</source>
        <translation>No se puede leer el archivo de configuración %1 (%2). Se usan los valores predeterminados; el archivo se deja como está y no se guardará nada.</translation>
    </message>
    <message>
        <source>The settings file %1 is read-only: it is used as it is, and changes will not be saved.</source>
        <translation>El archivo de configuración %1 es de solo lectura: se usa tal como está y los cambios no se guardarán.</translation>
    </message>
    <message>
        <source>Your settings file was damaged, so defaults are in use. A copy of the damaged file was kept as %1.</source>
        <translation>Su archivo de configuración estaba dañado, así que se usan los valores predeterminados. Se ha guardado una copia del archivo dañado como %1.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a settings file, so defaults are in use. The file is left as it is and nothing will be saved to it.</source>
        <translation>%1 está dañado o no es un archivo de configuración, así que se usan los valores predeterminados. El archivo se deja como está y no se guardará nada en él.</translation>
    </message>
    <message>
        <source>The settings could not be saved to %1.</source>
        <translation>No se pudo guardar la configuración en %1.</translation>
    </message>
</context>
<context>
    <name>UnitError</name>
    <message>
        <source>The text is too long (%1 characters; at most %2).</source>
        <translation>El texto es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>Unexpected “,”: write decimals with a point (1.5), and separate target units with “;” (ft;in).</source>
        <translation>Coma «,» inesperada: escriba los decimales con punto (1.5) y separe las unidades de destino con «;» (ft;in).</translation>
    </message>
    <message>
        <source>Unexpected character “%1” at position %2.</source>
        <translation>Carácter «%1» inesperado en la posición %2.</translation>
    </message>
    <message>
        <source>That exponent is too large.</source>
        <translation>Ese exponente es demasiado grande.</translation>
    </message>
    <message>
        <source>“⁻” must be followed by a superscript digit.</source>
        <translation>«⁻» debe ir seguido de una cifra en superíndice.</translation>
    </message>
    <message>
        <source>Unexpected “%1” at position %2.</source>
        <translation>«%1» inesperado en la posición %2.</translation>
    </message>
    <message>
        <source>The expression ends too early.</source>
        <translation>La expresión termina antes de tiempo.</translation>
    </message>
    <message>
        <source>Nothing to convert: the text is empty.</source>
        <translation>No hay nada que convertir: el texto está vacío.</translation>
    </message>
    <message>
        <source>The expression is nested too deeply.</source>
        <translation>La expresión tiene demasiados niveles de anidamiento.</translation>
    </message>
    <message>
        <source>A “(” at position %1 is never closed.</source>
        <translation>El paréntesis «(» de la posición %1 no se cierra nunca.</translation>
    </message>
    <message>
        <source>An exponent must be a small number such as 2, -1 or (1/2).</source>
        <translation>Un exponente debe ser un número pequeño, como 2, -1 o (1/2).</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>El texto no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>The values are not aligned to 8 bytes.</source>
        <translation>Los valores no están alineados a 8 bytes.</translation>
    </message>
    <message>
        <source>“%1” is not a number: it has more than one decimal point.</source>
        <translation>«%1» no es un número: tiene más de un separador decimal.</translation>
    </message>
    <message>
        <source>The number %1 is too large.</source>
        <translation>El número %1 es demasiado grande.</translation>
    </message>
    <message>
        <source>The number %1 is too small to represent.</source>
        <translation>El número %1 es demasiado pequeño para representarlo.</translation>
    </message>
    <message>
        <source>“%1” is not a number.</source>
        <translation>«%1» no es un número.</translation>
    </message>
    <message>
        <source>%1 is not a finite number.</source>
        <translation>%1 no es un número finito.</translation>
    </message>
    <message>
        <source>Unknown unit “%1”.</source>
        <translation>Unidad desconocida «%1».</translation>
    </message>
    <message>
        <source>The result is too large to represent.</source>
        <translation>El resultado es demasiado grande para representarlo.</translation>
    </message>
    <message>
        <source>The unit&apos;s powers are too large.</source>
        <translation>Los exponentes de la unidad son demasiado grandes.</translation>
    </message>
    <message>
        <source>Cannot add %1 and %2.</source>
        <translation>No se puede sumar %1 con %2.</translation>
    </message>
    <message>
        <source>Cannot raise %1 to a fractional power.</source>
        <translation>No se puede elevar %1 a una potencia fraccionaria.</translation>
    </message>
    <message>
        <source>Division by zero.</source>
        <translation>División por cero.</translation>
    </message>
    <message>
        <source>Cannot take a root of a negative number.</source>
        <translation>No se puede extraer la raíz de un número negativo.</translation>
    </message>
    <message>
        <source>Adding temperatures on the “%1” scale is ambiguous: write the difference in a difference unit (deltaC, deltaF) or in K.</source>
        <translation>Sumar temperaturas en la escala «%1» es ambiguo: escriba la diferencia en una unidad de diferencia (deltaC, deltaF) o en K.</translation>
    </message>
    <message>
        <source>A temperature on the “%1” scale cannot be multiplied or divided: convert it to K first, or write a difference (deltaC, deltaF).</source>
        <translation>Una temperatura en la escala «%1» no se puede multiplicar ni dividir: conviértala primero a K o escriba una diferencia (deltaC, deltaF).</translation>
    </message>
    <message>
        <source>That temperature is below absolute zero on the “%1” scale.</source>
        <translation>Esa temperatura está por debajo del cero absoluto en la escala «%1».</translation>
    </message>
    <message>
        <source>Cannot convert “%1” (%2) to “%3” (%4).</source>
        <translation>No se puede convertir «%1» (%2) a «%3» (%4).</translation>
    </message>
    <message>
        <source>“%1” has size zero.</source>
        <translation>«%1» tiene tamaño cero.</translation>
    </message>
    <message>
        <source>No unit given.</source>
        <translation>No se ha indicado ninguna unidad.</translation>
    </message>
    <message>
        <source>Say which unit to convert to after “to”.</source>
        <translation>Indique después de «to» la unidad a la que convertir.</translation>
    </message>
    <message>
        <source>An empty unit between “;”.</source>
        <translation>Falta una unidad entre dos «;».</translation>
    </message>
    <message>
        <source>Could not tell the unit of the result.</source>
        <translation>No se pudo determinar la unidad del resultado.</translation>
    </message>
    <message>
        <source>Nothing to convert before “%1”: write the amount first, as in “5 ft %1 cm”.</source>
        <translation>No hay nada que convertir antes de «%1»: escriba primero la cantidad, como en «5 ft %1 cm».</translation>
    </message>
    <message>
        <source>The units can be read in more than one way (%1): write the unit&apos;s symbol to choose.</source>
        <translation>Las unidades admiten más de una lectura (%1): escriba el símbolo de la unidad para elegir.</translation>
    </message>
    <message>
        <source>Inches can be shown in halves, quarters, eighths, 16ths, 32nds or 64ths, not 1/%1.</source>
        <translation>Las pulgadas pueden mostrarse en medios, cuartos, octavos, dieciseisavos, treintaidosavos o sesentaicuatroavos, no en 1/%1.</translation>
    </message>
    <message>
        <source>Line %1: expected a definition such as “smoot = 67 in” (NAME = EXPRESSION).</source>
        <translation>Línea %1: se esperaba una definición como «smoot = 67 in» (NOMBRE = EXPRESIÓN).</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Line %1: “%2” cannot be a unit name: use letters, digits and “_”, starting with a letter.</source>
        <translation>Línea %1: «%2» no puede ser un nombre de unidad: use letras, cifras y «_», empezando por una letra.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is already a unit; pick another name.</source>
        <translation>Línea %1: «%2» ya es una unidad; elija otro nombre.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is already defined on line %3.</source>
        <translation>Línea %1: «%2» ya está definido en la línea %3.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” refers back to itself.</source>
        <translation>Línea %1: la definición de «%2» remite a sí misma.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” uses “%3”, which is not a unit.</source>
        <translation>Línea %1: la definición de «%2» usa «%3», que no es una unidad.</translation>
    </message>
    <message>
        <source>Line %1: the definition of “%2” cannot be used: %3</source>
        <translation>Línea %1: la definición de «%2» no se puede usar: %3</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a text file of unit definitions.</source>
        <translation>«%1» no se puede leer como un archivo de texto con definiciones de unidades.</translation>
    </message>
    <message>
        <source>The exchange rates could not be downloaded from %1: %2. The rates in use stay.</source>
        <translation>No se pudieron descargar los tipos de cambio desde %1: %2. Se mantienen los tipos actuales.</translation>
    </message>
    <message>
        <source>The download is not the ECB&apos;s daily exchange rate feed. The rates in use stay.</source>
        <translation>El archivo descargado no es la publicación diaria de tipos de cambio del BCE. Se mantienen los tipos actuales.</translation>
    </message>
    <message>
        <source>The download is larger than %1 bytes, more than any exchange rate feed. The rates in use stay.</source>
        <translation>El archivo descargado supera los %1 bytes, más que cualquier publicación de tipos de cambio. Se mantienen los tipos actuales.</translation>
    </message>
    <message>
        <source>The exchange rate feed has no valid date (“%1”). The rates in use stay.</source>
        <translation>La publicación de tipos de cambio no tiene una fecha válida («%1»). Se mantienen los tipos actuales.</translation>
    </message>
    <message>
        <source>The exchange rate feed lists “%1”, which is not a currency code or is given twice. The rates in use stay.</source>
        <translation>La publicación de tipos de cambio incluye «%1», que no es un código de divisa o aparece dos veces. Se mantienen los tipos actuales.</translation>
    </message>
    <message>
        <source>The exchange rate feed gives %1 a rate of “%2”, which is not a positive number. The rates in use stay.</source>
        <translation>La publicación de tipos de cambio asigna a %1 el tipo «%2», que no es un número positivo. Se mantienen los tipos actuales.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a unit name quoted in a list of suggestions</comment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>joins suggestions before the last one</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>joins the last suggestion</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>¿Quiso decir %1?</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Current unit: %1. Press Enter or Space to search units.</source>
        <translation>Unidad actual: %1. Pulse Intro o Espacio para buscar unidades.</translation>
    </message>
    <message>
        <source>Search by name, symbol or alias</source>
        <translation>Buscar por nombre, símbolo o alias</translation>
    </message>
    <message>
        <source>Search units</source>
        <translation>Buscar unidades</translation>
    </message>
    <message>
        <source>Type a unit name, symbol or alias; Down moves to the results, Enter picks</source>
        <translation>Escriba el nombre, el símbolo o un alias de una unidad; Flecha abajo pasa a los resultados, Intro elige</translation>
    </message>
    <message>
        <source>Matching units</source>
        <translation>Unidades coincidentes</translation>
    </message>
    <message>
        <source>Units matching the search, best first; Enter picks, Escape closes</source>
        <translation>Unidades que coinciden con la búsqueda, las mejores primero; Intro elige, Esc cierra</translation>
    </message>
    <message>
        <source>No unit matches</source>
        <translation>Ninguna unidad coincide</translation>
    </message>
    <message>
        <source>other kind</source>
        <translation>otra magnitud</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>Enter a number</source>
        <translation>Escriba un número</translation>
    </message>
</context>
</TS>
