package io.pressroom.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.pressroom.index.LuceneSearchService;
import io.pressroom.search.SearchService;
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
import org.junit.jupiter.api.Test;

/** Closing the server lets a request in flight finish and refuses new connections. */
class GracefulShutdownTest {
  @Test
  void requestInFlightFinishesWhenTheServerCloses() throws Exception {
    CountDownLatch searching = new CountDownLatch(1);
    CountDownLatch proceed = new CountDownLatch(1);
    try (LuceneSearchService index = LuceneSearchService.openInMemory()) {
      SearchService slow = (SearchService) Proxy.newProxyInstance(SearchService.class.getClassLoader(),
          new Class<?>[] {SearchService.class}, (proxy, method, args) -> {
            if (method.getName().equals("search")) {
              searching.countDown();
              proceed.await(20, TimeUnit.SECONDS);
            }
            try {
              return method.invoke(index, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      PressroomServer server = PressroomServer.start(slow, ServerConfig.local(0));
      URI base = server.uri();
      HttpClient client = HttpClient.newHttpClient();
      CompletableFuture<HttpResponse<String>> inFlight =
          client.sendAsync(HttpRequest.newBuilder(base.resolve("/api/search?q=x")).build(), HttpResponse.BodyHandlers.ofString());
      assertTrue(searching.await(10, TimeUnit.SECONDS), "request reached the service");

      CompletableFuture<Void> closing = CompletableFuture.runAsync(server::close);
      Thread.sleep(300);
      assertFalse(closing.isDone(), "close waits for the request in flight");
      proceed.countDown();

      HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
      assertEquals(200, r.statusCode(), r.body());
      closing.get(10, TimeUnit.SECONDS);
      assertThrows(IOException.class, () -> HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(base.resolve("/health")).build(), HttpResponse.BodyHandlers.ofString()));
    }
  }
}
