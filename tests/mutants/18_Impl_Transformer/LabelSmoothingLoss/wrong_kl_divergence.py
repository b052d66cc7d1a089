# 교차 엔트로피 대신 KL(q || p)를 쓴다 (엔트로피 H(q)만큼 작음)
class LabelSmoothingLoss(nn.Module):
    """라벨 스무딩 교차 엔트로피 (논문 5.4절; PyTorch ``F.cross_entropy(label_smoothing=eps)``의 정의).

    위치마다 ``loss_i = (1 - eps) * (-log p_i[y_i]) + eps * mean_c(-log p_i[c])``
    (스무딩 질량 eps를 정답을 포함한 C개 클래스 모두에 eps/C씩 나눔), 그리고
    ``target == ignore_index``인 위치를 뺀 나머지에 대한 평균.

    Args:
        eps: 스무딩 정도, 0 <= eps < 1. 0이면 보통의 교차 엔트로피.
        ignore_index: 손실에서 뺄 정답 값 (예: PAD).
    """

    def __init__(self, eps: float = 0.1, ignore_index: int = -100):
        super().__init__()
        self.eps = eps
        self.ignore_index = ignore_index

    def forward(self, logits: torch.Tensor, target: torch.Tensor) -> torch.Tensor:
        """평균 손실을 계산합니다.

        Args:
            logits: 로짓 (softmax 전), 모양 (..., C), 실수 텐서 (float32 또는 float64).
            target: 정답 클래스 번호, 모양 (...) (= logits.shape[:-1]), int64. 값은 0..C-1 또는 ignore_index.
                무시하지 않는 위치가 적어도 하나 있습니다.

        Returns:
            0차원 텐서 (logits와 같은 dtype), 역전파할 수 있어야 합니다.
            ``F.cross_entropy(logits.reshape(-1, C), target.reshape(-1), label_smoothing=eps,
            ignore_index=ignore_index)``와 같은 값. 로짓이 ±1000이어도 유한해야 합니다.
        """
        C = logits.shape[-1]
        log_p = F.log_softmax(logits.reshape(-1, C), dim=-1)
        target = target.reshape(-1)
        keep = target != self.ignore_index
        safe = target.masked_fill(~keep, 0)
        q = torch.full_like(log_p, self.eps / C)
        q.scatter_add_(1, safe[:, None], torch.full_like(log_p[:, :1], 1.0 - self.eps))
        kl = F.kl_div(log_p, q, reduction="none").sum(dim=-1)
        return kl[keep].mean()
