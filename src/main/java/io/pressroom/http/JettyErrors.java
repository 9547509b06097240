package io.pressroom.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pressroom.json.PressroomJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches the API (a malformed URL, headers that are
 * too large): the same JSON error shape as the API, without Jetty's HTML page.
 */
final class JettyErrors extends ErrorHandler {
  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    ObjectNode body = PressroomJson.MAPPER.createObjectNode();
    ObjectNode error = body.putObject("error");
    error.put("status", code);
    error.put("code", "http_" + code);
    error.put("message", "The request could not be read (" + HttpStatus.getMessage(code)
        + "): check the URL encoding and the size of the headers.");
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, JsonViews.JSON_UTF8);
    response.write(true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)), callback);
  }
}
