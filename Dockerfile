# Multi-stage build of the one platform jar; the same image runs any service:
#   docker run spinsim service api|solver|nn   (SPINSIM_DB_URL, SPINSIM_DB_USER, SPINSIM_DB_PASSWORD required)
#   docker run spinsim up                      (all services, embedded PostgreSQL, for a quick look)

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
# PoCL gives the Aparapi kernels a real OpenCL device on the CPU (on a GPU host mount the vendor ICD instead);
# libgomp1 is the OpenMP runtime the bundled PyTorch (DJL) library links against
RUN apt-get update \
    && apt-get install -y --no-install-recommends pocl-opencl-icd ocl-icd-libopencl1 libgomp1 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin spinsim
WORKDIR /app
COPY --from=build /src/platform/target/spinsim.jar /app/spinsim.jar
COPY examples /app/examples
RUN mkdir -p /app/.data /app/results /app/.djl && chown -R spinsim /app/.data /app/results /app/.djl
USER spinsim
EXPOSE 8080 8081 8082
# DJL unpacks PyTorch's native library on first use: into a folder the non-root user owns
# LD_PRELOAD: the JDK's signal chaining library, so PoCL's in-process LLVM cannot replace the JVM's SIGSEGV handler
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" OMP_WAIT_POLICY=PASSIVE DJL_CACHE_DIR=/app/.djl \
    LD_PRELOAD=/opt/java/openjdk/lib/libjsig.so
# --add-modules: the vector API of the host SIMD FFT (physics terms/FilmDemagFft.java)
ENTRYPOINT ["java", "--add-modules", "jdk.incubator.vector", "-jar", "/app/spinsim.jar"]
CMD ["up"]
