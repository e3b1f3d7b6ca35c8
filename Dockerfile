# A small runtime image that runs `distlint check` on the directory mounted at /src:
#   bin/package && docker build -t distlint .
#   docker run --rm -v "$PWD:/src" distlint check . --format github
FROM eclipse-temurin:17-jre
ARG VERSION=0.1.0
COPY dist/distlint-${VERSION}.tar.gz /tmp/distlint.tar.gz
RUN tar -C /opt -xzf /tmp/distlint.tar.gz \
    && rm /tmp/distlint.tar.gz \
    && ln -s /opt/distlint-${VERSION}/bin/distlint /usr/local/bin/distlint \
    && DISTLINT_STARTUP_CACHE=build distlint >/dev/null
WORKDIR /src
ENTRYPOINT ["distlint"]
CMD ["check", "."]
