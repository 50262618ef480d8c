package eu.oosatmp.product;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@RestController
@RequestMapping("/api/products")
public class ProductController {

  private final ProductRepository products;

  public ProductController(ProductRepository products) {
    this.products = products;
  }

  @GetMapping
  public List<Product> list(@RequestParam(required = false) LegalRoute legalRoute,
      @RequestParam(required = false) AtmpClass atmpClass) {
    return products.find(legalRoute, atmpClass);
  }

  @GetMapping("/{code}")
  public Product get(@PathVariable String code) {
    return products.findByCode(code).orElseThrow(
        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No product with code " + code));
  }
}
