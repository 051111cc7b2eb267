package org.modelgate.api.common;

import java.util.List;

/** One page of a list; {@code page} counts from 0. */
public record PageResponse<T>(List<T> items, int page, int size, long total) {}
