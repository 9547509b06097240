package io.pressroom.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.core.Archive;
import io.pressroom.lucene.LuceneStore;
import io.pressroom.store.Snapshot;
import io.pressroom.store.Store;
import io.pressroom.testing.Await;
import io.pressroom.testing.LiveServer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Closing the server lets a request in flight finish and refuses new connections. Every step waits
 * for an event (a latch, the port refusing connections), never for a guessed time.
 */
class GracefulShutdownTest {
  @Test
  void requestInFlightFinishesWhenTheServerCloses() throws Exception {
    CountDownLatch searching = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    Store store = LuceneStore.inMemory();
    // A store whose searches wait until the test lets them go on.
    Store slowStore = (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class},
        (proxy, method, args) -> {
          Object result = invoke(method, store, args);
          if (!method.getName().equals("snapshot")) {
            return result;
          }
          return Proxy.newProxyInstance(Snapshot.class.getClassLoader(), new Class<?>[] {Snapshot.class},
              (p, m, a) -> {
                if (m.getName().equals("search")) {
                  searching.countDown();
                  proceed.await(20, TimeUnit.SECONDS);
                }
                return invoke(m, result, a);
              });
        });
    // Two threads of its own: the request and the close both block, and must not wait for one another.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (Archive slow = Archive.open(slowStore); LiveServer http = LiveServer.over(slow, c -> c)) {
      CompletableFuture<HttpResponse<String>> inFlight =
          CompletableFuture.supplyAsync(() -> unchecked(() -> http.get("/api/search?q=x")), threads);
      assertTrue(searching.await(10, TimeUnit.SECONDS), "request reached the service");

      CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> http.server().close(), threads);
      // Closing has begun once the port refuses new connections; the request in flight still holds it open.
      Await.until("the closing server refuses new connections", Duration.ofSeconds(10), () -> refusesConnections(http.port()));
      assertFalse(closing.isDone(), "close waits for the request in flight");
      assertFalse(inFlight.isDone(), "the request in flight is still waiting in the service");
      proceed.countDown();

      HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      closing.get(10, TimeUnit.SECONDS);
      assertThrows(IOException.class, () -> http.get("/health"));
    } finally {
      threads.shutdownNow();
    }
  }

  private static boolean refusesConnections(int port) {
    try (Socket s = new Socket("127.0.0.1", port)) {
      return false;
    } catch (IOException refused) {
      return true;
    }
  }

  /** A call whose checked exceptions become unchecked (for a CompletableFuture). */
  private static <T> T unchecked(java.util.concurrent.Callable<T> call) {
    try {
      return call.call();
    } catch (Exception e) {
      throw new java.util.concurrent.CompletionException(e);
    }
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
