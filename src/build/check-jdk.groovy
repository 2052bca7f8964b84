// Fails the build early, with a clear message, when neither Maven's own JVM nor any JDK installed in the
// usual places is version 21 or newer. (The maven-toolchains-plugin then selects the JDK; its own message on
// failure only mentions toolchains.xml.)
def required = ((session.userProperties['coproduce.jdk.feature'] ?: project.properties['coproduce.jdk.feature']) ?: '21') as int
def versionOf = { File home ->
    def release = new File(home, 'release')
    if (!release.isFile() || !new File(home, 'bin/javac').exists()) {
        return 0
    }
    def line = release.readLines().find { it.startsWith('JAVA_VERSION=') }
    def digits = line ? line.replaceAll(/[^0-9.]/, '') : ''
    def major = digits.startsWith('1.') ? digits.split('\\.')[1] : digits.split('\\.')[0]
    return major.isInteger() ? major.toInteger() : 0
}
def own = Runtime.version().feature()
if (own >= required) {
    return
}
def places = []
['JAVA_HOME', 'JDK_HOME'].each { if (System.getenv(it)) places << new File(System.getenv(it)) }
System.getenv().findAll { it.key ==~ /JAVA\d+_HOME/ }.each { places << new File(it.value) }
def home = System.getProperty('user.home')
['/usr/lib/jvm', '/usr/java', '/opt/java', '/opt', "${home}/.sdkman/candidates/java", "${home}/.jdks",
 '/Library/Java/JavaVirtualMachines'].each { dir ->
    new File(dir).listFiles()?.each { f -> places << f; places << new File(f, 'Contents/Home') }
}
def found = places.findAll { it.isDirectory() && versionOf(it) >= required }
if (found.isEmpty()) {
    throw new IllegalStateException("Coproduce needs a JDK ${required} or newer. Maven runs on Java ${own}, and no JDK "
            + ">= ${required} was found in JAVA_HOME, /usr/lib/jvm, SDKMAN or the other usual places. Install one "
            + "(for example 'apt-get install openjdk-21-jdk' or a Temurin JDK) and run the command again.")
}
log.info("JDK >= ${required} available: ${found[0]}")
