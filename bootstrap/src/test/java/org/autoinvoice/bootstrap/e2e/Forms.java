package org.autoinvoice.bootstrap.e2e;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Posts forms the way the DNL UI does: PHP curl's multipart, or urlencoded. */
final class Forms {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private Forms() {}

  /** The complete request of the original service's README, for one client and period. */
  static Map<String, String> originalReadmeForm(int clientId, String firstDay, String lastDay) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("show_trafic_country", "on");
    f.put("invoice_use_balance_type", "0");
    f.put("fields", "Array");
    f.put("_method", "POST");
    f.put("query", "Array");
    f.put("detail_by_trunk", "on");
    f.put("type", "0");
    f.put("dayusage", "on");
    f.put("client_id", Integer.toString(clientId));
    f.put("end_date", lastDay + " 23:59:59");
    f.put("start_time", "00:00:00");
    f.put("is_invoice_account_summary", "on");
    f.put("decimal_place", "5");
    f.put("start_date", firstDay + " 00:00:00");
    f.put("void_id", "");
    f.put("is_short_duration_call_surcharge_detail", "on");
    f.put("stop_time", "23:59:59");
    f.put("ingress_prefix", "on");
    f.put("show_trafic_code_name", "on");
    f.put("summary_of_payments", "on");
    f.put("show_calls_date", "on");
    f.put("invoice_date", "2026-01-20");
    f.put("show_account_summary", "on");
    f.put("invoice_due_date", "2026-02-04");
    f.put("is_invoice_usage_detail", "on");
    return f;
  }

  static HttpResponse<String> urlencoded(String url, Map<String, String> form) throws Exception {
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> multipart(String url, Map<String, String> form) throws Exception {
    String boundary = "------------------------" + UUID.randomUUID().toString().replace("-", "");
    StringBuilder body = new StringBuilder();
    for (Map.Entry<String, String> e : form.entrySet()) {
      body.append("--").append(boundary).append("\r\n");
      body.append("Content-Disposition: form-data; name=\"")
          .append(e.getKey())
          .append("\"\r\n\r\n");
      body.append(e.getValue()).append("\r\n");
    }
    body.append("--").append(boundary).append("--\r\n");
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<byte[]> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  static Map<String, String> with(Map<String, String> form, String key, String value) {
    Map<String, String> copy = new LinkedHashMap<>(form);
    copy.put(key, value);
    return copy;
  }

  static Map<String, String> without(Map<String, String> form, List<String> keys) {
    Map<String, String> copy = new LinkedHashMap<>(form);
    keys.forEach(copy::remove);
    return copy;
  }
}
