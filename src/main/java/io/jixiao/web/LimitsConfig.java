package io.jixiao.web;

import io.jixiao.limits.Limits;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The limits of the web application (ADR 0013): {@link Limits#DEFAULTS}, each replaced by the
 * property {@code jixiao.limits.NAME} when set ({@code jixiao serve --limit NAME=VALUE} sets it).
 * They bound the multipart upload, the document reader and the uploads read at once.
 */
@Configuration(proxyBeanMethods = false)
class LimitsConfig implements WebMvcConfigurer {

  private final Limits limits;
  private final UploadGate gate;

  LimitsConfig(Environment env) {
    Limits l = Limits.DEFAULTS;
    for (String name : Limits.NAMES) {
      String value = env.getProperty("jixiao.limits." + name);
      if (value != null && !value.isBlank()) {
        l = l.with(name, value);
      }
    }
    this.limits = l;
    this.gate = new UploadGate(l);
  }

  @Bean
  Limits limits() {
    return limits;
  }

  @Bean
  UploadGate uploadGate() {
    return gate;
  }

  /** A file beyond the limit is refused while the request is read, before it is kept. */
  @Bean
  MultipartConfigElement multipartConfigElement() {
    return new MultipartConfigElement(
        "", limits.uploadBytes(), limits.uploadBytes() + (1 << 20), 1 << 20);
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(gate).addPathPatterns(UploadGate.PATHS);
  }
}
