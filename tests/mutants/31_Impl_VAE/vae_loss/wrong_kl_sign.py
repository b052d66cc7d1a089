# 논문 식 (10)의 -KL 항을 부호를 바꾸지 않고 KL로 쓴다
def vae_loss(
    logits: torch.Tensor, x: torch.Tensor, mu: torch.Tensor, logvar: torch.Tensor, beta: float = 1.0
) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
    """VAE의 음의 ELBO (Kingma & Welling 2014, 식 10, L = 1)를 미니배치 평균으로 계산합니다.

        recon_i = Σ_k BCE(logits_ik, x_ik)                            픽셀에 대해 합 (= -log p(x_i | z_i))
        kl_i    = 0.5 · Σ_j (mu_ij² + exp(logvar_ij) - 1 - logvar_ij)   잠재 차원에 대해 합 (= KL(q(z | x_i) || N(0, I)))
        recon = (1/B) Σ_i recon_i,   kl = (1/B) Σ_i kl_i,   loss = recon + beta · kl

    BCE(l, x) = -[x · log sigmoid(l) + (1 - x) · log(1 - sigmoid(l))]는 로지트에서 바로, 수치적으로 안정하게
    계산합니다 (|l|이 수백이어도 inf나 NaN이 나오지 않아야 함). [0, 1]의 회색조 x에도 같은 식을 씁니다.
    입력은 바꾸지 않습니다.

    Args:
        logits: (B, D) 디코더의 로지트 (VAE.forward의 첫 출력).
        x: (B, D) 데이터, 값은 [0, 1], logits와 같은 dtype·장치.
        mu: (B, J) 인코더의 평균.
        logvar: (B, J) 인코더의 로그 분산 log σ².
        beta: KL 항의 가중치 (beta = 1이면 음의 ELBO 그대로, beta != 1이면 beta-VAE).

    Returns:
        (loss, recon, kl) 튜플. 셋 다 0차원 텐서 (x의 dtype·장치)이고, 단위는 이미지 한 장당 나트(nat)입니다.
        loss는 logits, mu, logvar에 대해 미분 가능합니다. recon과 kl에는 beta를 곱하지 않습니다.
    """
    bce = F.binary_cross_entropy_with_logits(logits, x, reduction="none")  # (B, D): 픽셀별 -log p(x_k | z)
    recon = bce.sum(dim=1).mean()  # 픽셀에 대해 합, 배치에 대해 평균
    kl = (0.5 * (1.0 + logvar - mu**2 - torch.exp(logvar))).sum(dim=1).mean()
    return recon + beta * kl, recon, kl
