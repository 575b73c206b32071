/**
 * Where datasets come from: the {@link dev.fmnist.data.source.DataStore} tries an explicit directory, the cache,
 * system package folders, the official mirrors and the package clients in order, verifies every file by checksum
 * and keeps verified copies in the cache. Everything read from those sources is bounded before it is trusted
 * (see {@code docs/hardening.md}).
 */
package dev.fmnist.data.source;
