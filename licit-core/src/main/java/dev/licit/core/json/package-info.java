/**
 * The one place Jackson is configured: {@link dev.licit.core.json.Json} hands out the JSON and YAML
 * mappers every module reads and writes with, one named variant per configuration that matters
 * (strict input, pretty or compact output, canonical key order). It depends on nothing else in Licit,
 * so the engine, the adapters and every other module may use it.
 */
package dev.licit.core.json;
