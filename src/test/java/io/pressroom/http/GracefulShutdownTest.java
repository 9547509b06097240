package io.pressroom.http;

import io.pressroom.lucene.LuceneStore;
import io.pressroom.core.Archive;
import io.pressroom.store.Snapshot;
import io.pressroom.store.Store;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** Closing the server lets a request in flight finish and refuses new connections. */
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
    try (Archive slow = Archive.open(slowStore)) {
      PressroomServer server = PressroomServer.start(slow, ServerConfig.local(0));
      URI base = server.uri();
      HttpClient client = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> inFlight =
          client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/search?q=x")).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(searching.await(10, TimeUnit.SECONDS), "request reached the service");

      CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
      assertThrows(TimeoutException.class, () -> closing.get(300, TimeUnit.MILLISECONDS),
          "close waits for the request in flight");
      proceed.countDown();

      HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      closing.get(10, TimeUnit.SECONDS);
      assertThrows(IOException.class, () -> HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString()));
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
