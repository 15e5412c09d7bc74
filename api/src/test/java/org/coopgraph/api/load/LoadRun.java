package org.coopgraph.api.load;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * An open-loop load run: request i is due at start + i / rate, whatever happened to the requests before
 * it, and is sent asynchronously, so a slow answer never delays the next request. Latency counts from
 * the due time. The run ends when every request has been answered or has timed out.
 */
final class LoadRun {

    /** One request, its kind for the figures, and what to do once it is answered (true: 2xx/3xx). */
    record Shot(String kind, HttpRequest request, java.util.function.Consumer<Boolean> done) {
    }

    /** What the run achieved. */
    record Result(Latencies latencies, long scheduled, double wallSeconds, double achievedPerSecond,
                  int maxInFlight, long lateSendsOver10Ms) {
    }

    private final HttpClient client;
    private final double rate;
    private final Duration duration;

    LoadRun(HttpClient client, double rate, Duration duration) {
        this.client = client;
        this.rate = rate;
        this.duration = duration;
    }

    Result run(LongFunction<Shot> plan) throws InterruptedException {
        var latencies = new Latencies();
        long count = Math.round(rate * duration.toNanos() / 1e9);
        double periodNanos = 1e9 / rate;
        var pending = new Phaser(1);
        var inFlight = new AtomicInteger();
        var maxInFlight = new AtomicInteger();
        long late = 0;
        long start = System.nanoTime() + 20_000_000L;
        for (long i = 0; i < count; i++) {
            long due = start + Math.round(i * periodNanos);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else if (wait < -10_000_000L) {
                late++;
            }
            Shot shot = plan.apply(i);
            pending.register();
            maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            client.sendAsync(shot.request(), HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                long nanos = System.nanoTime() - due;
                boolean ok = error == null && response.statusCode() >= 200 && response.statusCode() < 400;
                Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                        ? error.getCause() : error;
                String sample = error != null ? shot.kind() + " " + cause.getClass().getSimpleName()
                        : shot.kind() + " " + response.statusCode();
                latencies.record(shot.kind(), nanos, ok, sample);
                inFlight.decrementAndGet();
                try {
                    shot.done().accept(ok);
                } finally {
                    pending.arriveAndDeregister();
                }
            });
        }
        try {
            // Every request carries its own timeout; this only guards against a bug in the client.
            pending.awaitAdvanceInterruptibly(pending.arrive(), 5, TimeUnit.MINUTES);
        } catch (TimeoutException e) {
            throw new IllegalStateException("requests still open 5 minutes after the last was sent", e);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        return new Result(latencies, count, wall, latencies.figures().get("all").requests() / wall, maxInFlight.get(), late);
    }
}
