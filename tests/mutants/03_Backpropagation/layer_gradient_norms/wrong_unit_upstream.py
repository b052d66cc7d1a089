# 손실의 그래디언트 대신 1 로 채운 dout 으로 역전파를 시작한다
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
    h = x
    for layer in layers:
        h = layer.forward(h)
    loss_layer = SoftmaxCrossEntropy()
    loss_layer.forward(h, y)
    dout = np.ones_like(h)
    for layer in reversed(layers):
        dout = layer.backward(dout)
    return np.array([np.linalg.norm(layer.dW) for layer in layers if isinstance(layer, Linear)])
