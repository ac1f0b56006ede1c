package io.jixiao.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Marks the JSON API controllers, whose errors are RFC 7807 problem details. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface JsonApi {}
