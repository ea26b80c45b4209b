# Agora application image. Build the jar first: ./agora mvn -B -Pproduction package -DskipTests
FROM eclipse-temurin:25-jre
RUN useradd --system --uid 10001 --home /var/lib/agora agora && mkdir -p /var/lib/agora/uploads && chown -R agora /var/lib/agora
WORKDIR /opt/agora
COPY target/agora.jar agora.jar
COPY config/application-prod.properties config/application-prod.properties
USER agora
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:MaxRAMPercentage=75", "-jar", "agora.jar"]
