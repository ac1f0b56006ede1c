package io.jixiao.web;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;

/**
 * The Spring Boot application of {@code jixiao serve}. Component scanning covers this package
 * only; the other modules are plain objects made into beans by {@link WebConfig}.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan(basePackageClasses = JixiaoWebApplication.class)
class JixiaoWebApplication {}
