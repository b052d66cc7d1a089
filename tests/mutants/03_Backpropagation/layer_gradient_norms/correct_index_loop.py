# 다른 정답: 인덱스로 거꾸로 돌고, W 속성이 있는 층을 골라 sqrt(sum(dW^2)) 를 잰다
def layer_gradient_norms(layers: list, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """순전파, 평균 소프트맥스 교차 엔트로피, 역전파를 한 번 하고 Linear 층별 ||dL/dW||_F 를 반환한다.

    Args:
        layers: Linear, ReLU, Sigmoid 객체의 리스트 (순전파 순서). 마지막 층의 출력이 logits (N, C).
        x: (N, D) float64 입력 배치.
        y: (N,) 정수 레이블, 0 <= y[n] < C.

    Returns:
        norms: (K,) float64 np.ndarray, K 는 layers 안의 Linear 개수. norms[0] 이 입력에 가장 가까운
            Linear 층의 ||dW||_F 이다 (프로베니우스 노름).
    """
    acts = [x]
    for layer in layers:
        acts.append(layer.forward(acts[-1]))
    criterion = SoftmaxCrossEntropy()
    criterion.forward(acts[-1], y)
    grad = criterion.backward()
    for i in range(len(layers) - 1, -1, -1):
        grad = layers[i].backward(grad)
    linear_layers = [layer for layer in layers if hasattr(layer, "W")]
    return np.array([np.sqrt(np.sum(layer.dW**2)) for layer in linear_layers], dtype=np.float64)
