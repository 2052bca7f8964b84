// Points the Liberty server's JVM at the JDK the maven-toolchains-plugin selected (>= 21), so that
// `mvn package liberty:run` works while Maven itself runs on an older default JDK. Nothing machine-specific
// is written into the build: the toolchain plugin discovers installed JDKs (JAVA_HOME, /usr/lib/jvm, SDKMAN...).
def manager = session.container.lookup('org.apache.maven.toolchain.ToolchainManager')
def toolchain = manager.getToolchainFromBuildContext('jdk', session)
def java = toolchain?.findTool('java')
if (java == null) {
    throw new IllegalStateException('Coproduce needs a JDK 21 or newer for the Liberty server, and none was selected. '
            + 'Install one (for example Debian\'s openjdk-21-jdk or a Temurin JDK) under /usr/lib/jvm, or point JAVA_HOME at it.')
}
def javaHome = new File(java).parentFile.parentFile.canonicalPath
if (!project.properties.containsKey('liberty.env.JAVA_HOME')) {
    project.properties.setProperty('liberty.env.JAVA_HOME', javaHome)
}
log.info("Liberty server JVM: ${javaHome}")
